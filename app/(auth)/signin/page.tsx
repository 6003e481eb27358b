import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AccountMessages } from "@/components/account-messages";
import { SignInForm } from "@/components/sign-in-form";
import { requestSignIn } from "@/lib/auth/actions";
import { safeCallbackPath } from "@/lib/auth/links";
import { FormAlert } from "@/components/form-alert";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("signIn");
  return { title: t("title"), robots: { index: false } };
}

// next-auth's error codes in the address.
const ERRORS = ["Verification", "TooMany", "EmailSignin"] as const;
const isKnownError = (error: string): error is (typeof ERRORS)[number] => (ERRORS as readonly string[]).includes(error);

type Props = { searchParams: Promise<{ next?: string; error?: string }> };

export default async function SignInPage({ searchParams }: Props) {
  const [{ next, error }, t] = await Promise.all([searchParams, getTranslations("signIn")]);
  return (
    <div className="container narrow">
      <div className="page-intro">
        <h1>{t("title")}</h1>
        <p>{t("intro")}</p>
        <FormAlert message={error ? (isKnownError(error) ? t(`errors.${error}`) : t("errors.other")) : null} />
      </div>
      <AccountMessages namespaces={["signIn"]}>
        <SignInForm action={requestSignIn} next={safeCallbackPath(next)} />
      </AccountMessages>
      <p>{t.rich("notVolunteer", { link: (chunks) => <Link href="/join">{chunks}</Link> })}</p>
    </div>
  );
}
