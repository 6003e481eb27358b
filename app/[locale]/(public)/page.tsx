import Link from "next/link";
import { pageLocale } from "@/lib/i18n/page-locale";

type Props = { params: Promise<{ locale: string }> };

export default async function HomePage({ params }: Props) {
  await pageLocale(params);
  return (
    <div className="container">
      <section className="hero" aria-labelledby="hero-title">
        <h1 id="hero-title">A free hour with someone who has built a worker co-op</h1>
        <p className="hero__lead">
          Leaving a big-tech job to start a co-operative with your colleagues? Experienced co-operators volunteer an hour of their time to help you with the
          questions that matter early: legal structure, decision-making, money, and how to stay friends while doing it.
        </p>
        <div className="actions">
          <Link className="button" href="/mentors">
            Find a mentor
          </Link>
        </div>
      </section>

      <section className="section" aria-labelledby="how-title">
        <h2 id="how-title">How it works</h2>
        <ol className="steps">
          <li>
            <h3>Choose a mentor</h3>
            <p>Browse volunteers by expertise, language and where they are. Every time is shown in your own time zone.</p>
          </li>
          <li>
            <h3>Pick a slot</h3>
            <p>Tell them a little about your group and what you would like to talk about. No account, no puzzles.</p>
          </li>
          <li>
            <h3>Confirm by email</h3>
            <p>Click the link we send you and a calendar invite with the video-call link arrives. Cancel or move it any time.</p>
          </li>
        </ol>
      </section>

      <section className="section" aria-labelledby="privacy-title">
        <h2 id="privacy-title">Private by design</h2>
        <p>
          Candle is free software that co-ops host themselves. It loads nothing from other companies: no analytics, no captcha, no web fonts. We keep your
          details only to arrange your session.
        </p>
      </section>
    </div>
  );
}
