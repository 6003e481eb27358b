import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { loadRetentionRows } from "@/lib/privacy/loaders";
import { pageLocale } from "@/lib/i18n/page-locale";

export const metadata: Metadata = { title: "Privacy" };

// Rendered per request: the settings are read where the server runs, not where it was built.
type Props = { params: Promise<{ locale: string }> };

export default async function PrivacyPage({ params }: Props) {
  await pageLocale(params);
  await connection();
  const rows = loadRetentionRows();
  return (
    <div className="container narrow">
      <div className="page-intro">
        <h1>Your data, in plain words</h1>
        <p>Candle is run by volunteers from worker co-operatives. We collect only what it takes to arrange a session, and let it go soon after.</p>
      </div>
      <section className="section" aria-labelledby="what-title">
        <h2 id="what-title">What we collect and why</h2>
        <ul className="link-list">
          <li>
            <strong>When you book:</strong> your name and email (to confirm the session and send the invite), your country and co-op stage (so your mentor knows
            where you stand, and for the programme&apos;s counts), what you would like to talk about, and any co-founders&apos; emails (so they get the invite).
          </li>
          <li>
            <strong>After a session:</strong> your answer to &ldquo;how was it?&rdquo;, if you give one.
          </li>
          <li>
            <strong>On a waitlist:</strong> your email, and who or what you are waiting for.
          </li>
          <li>
            <strong>Volunteers:</strong> the profile they write, their hours and their email, to sign in.
          </li>
          <li>
            <strong>Everyone:</strong> your network address is used to limit how often a form can be sent; only a one-way code of it is stored.
          </li>
        </ul>
      </section>
      <section className="section" aria-labelledby="who-title">
        <h2 id="who-title">Who sees it</h2>
        <p>
          Your mentor sees your booking. The programme&apos;s organisers see bookings to run the programme. Nobody else: there are no ads, no trackers, no
          analytics and no third-party scripts, and nothing is sold or shared.
        </p>
      </section>
      <section className="section" aria-labelledby="where-title">
        <h2 id="where-title">Where it is stored</h2>
        <p>
          On the server of the co-operative that runs this Candle, in its own database. Emails go out through the mail server that operator chooses; nothing
          else leaves the server.
        </p>
      </section>
      <section className="section" aria-labelledby="how-long-title">
        <h2 id="how-long-title">How long we keep it</h2>
        <dl>
          {rows.map((row) => (
            <div key={row.what}>
              <dt>
                <strong>{row.what}</strong>
              </dt>
              <dd>{row.howLong}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section className="section" aria-labelledby="rights-title">
        <h2 id="rights-title">See, download or erase your data</h2>
        <p>
          Use the manage link in any email about your session, or <Link href="/my-data">ask for a link to your data</Link>. You can see everything we hold about
          your address, download it, and erase it: sessions to come are cancelled and their volunteers told, and emails already sent that mention your address
          (for example as a co-founder on someone else&apos;s session) are erased too. An email about someone else&apos;s session that mentions you and is still
          waiting to be sent goes out as planned and is erased with the rest of the old emails. Volunteers can do the same from their account.
        </p>
      </section>
    </div>
  );
}
