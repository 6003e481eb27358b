import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ProfileEditor } from "@/components/profile-editor";
import { saveProfile } from "@/lib/mentors/actions";
import { loadMyProfileEditor } from "@/lib/mentors/loaders";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("profile");
  return { title: t("title"), robots: { index: false } };
}

export default async function VolunteerProfilePage() {
  const [editor, t] = await Promise.all([loadMyProfileEditor(), getTranslations("profile")]);
  if (!editor) notFound();
  const { profile, values, options } = editor;
  return (
    <div className="container">
      <div className="page-intro">
        <h1>{t("title")}</h1>
        <p>
          {t("intro")}
          {profile.status === "approved" ? (
            <>
              {" "}
              <Link href={`/mentors/${profile.slug}`}>{t("seePublicPage")}</Link>.
            </>
          ) : null}
        </p>
      </div>
      <ProfileEditor action={saveProfile} options={options} saved={profile} values={values} />
    </div>
  );
}
