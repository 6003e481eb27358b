import type { Metadata } from "next";
import Link from "next/link";
import { SignInForm } from "@/components/sign-in-form";
import { requestSignIn } from "@/lib/auth/actions";
import { safeCallbackPath } from "@/lib/auth/links";
import { FormAlert } from "@/components/form-alert";

export const metadata: Metadata = { title: "Sign in", robots: { index: false } };

const errors: Record<string, string> = {
  Verification: "That sign-in link has expired or was already used. Please ask for a new one.",
  TooMany: "Too many sign-in emails for now. Please try again in an hour.",
  EmailSignin: "Please enter an email address like name@example.org.",
};

type Props = { searchParams: Promise<{ next?: string; error?: string }> };

export default async function SignInPage({ searchParams }: Props) {
  const { next, error } = await searchParams;
  return (
    <div className="container narrow">
      <div className="page-intro">
        <h1>Sign in</h1>
        <p>For volunteers and organisers. We email you a link; there is no password to remember.</p>
        <FormAlert message={error ? (errors[error] ?? "Signing in did not work. Please ask for a new link.") : null} />
      </div>
      <SignInForm action={requestSignIn} next={safeCallbackPath(next)} />
      <p>
        Not a volunteer yet? <Link href="/join">Offer an hour of your time</Link>.
      </p>
    </div>
  );
}
