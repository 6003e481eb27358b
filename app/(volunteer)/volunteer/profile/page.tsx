import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ProfileEditor } from "@/components/profile-editor";
import { saveProfile } from "@/lib/mentors/actions";
import { loadMyProfileEditor } from "@/lib/mentors/loaders";

export const metadata: Metadata = { title: "Your profile", robots: { index: false } };

export default async function VolunteerProfilePage() {
  const editor = await loadMyProfileEditor();
  if (!editor) notFound();
  const { profile, values, options } = editor;
  return (
    <div className="container">
      <div className="page-intro">
        <h1>Your profile</h1>
        <p>
          Founders choose whom to book from this. Say what you have done and what you can help with.
          {profile.status === "approved" ? (
            <>
              {" "}
              <Link href={`/mentors/${profile.slug}`}>See your public page</Link>.
            </>
          ) : null}
        </p>
      </div>
      <ProfileEditor action={saveProfile} options={options} saved={profile} values={values} />
    </div>
  );
}
