import type { Metadata } from "next";
import Link from "next/link";
import { loadVolunteerShell } from "@/lib/auth/loaders";
import { deleteOwnAccountAction } from "@/lib/volunteers/actions";

export const metadata: Metadata = { title: "Your account", robots: { index: false } };

type Props = { searchParams: Promise<{ done?: string }> };

export default async function VolunteerAccountPage({ searchParams }: Props) {
  const [volunteer, { done }] = await Promise.all([loadVolunteerShell("/volunteer/account"), searchParams]);
  return (
    <div className="container narrow">
      <div className="page-intro">
        <h1>Your account</h1>
        <p>
          Signed in as {volunteer.email}. <Link href="/privacy">What Candle keeps and for how long</Link>.
        </p>
      </div>
      <section className="section" aria-labelledby="download-title">
        <h2 id="download-title">Download your data</h2>
        <p>
          <a href="/volunteer/account/export.json" download>
            Download your account and profile (JSON)
          </a>
        </p>
      </section>
      <section className="section" aria-labelledby="delete-title">
        <h2 id="delete-title">Delete your account</h2>
        <p>
          Your sessions still to come are cancelled, and each founder is told and pointed to other mentors. Your profile leaves the directory and you are signed
          out. Organisers keep the programme&apos;s history (that sessions took place) under a pseudonym, without your name or address.
        </p>
        {done === "confirm" ? (
          <p className="form-alert" role="alert">
            Please tick the box to confirm.
          </p>
        ) : null}
        <form action={deleteOwnAccountAction} className="form">
          <div className="field">
            <label>
              <input type="checkbox" name="confirm" value="yes" required /> I understand this cannot be undone
            </label>
          </div>
          <button type="submit" className="button button--danger">
            Delete my account
          </button>
        </form>
      </section>
    </div>
  );
}
