import type { Metadata } from "next";

export const metadata: Metadata = { title: "Thank you", robots: { index: false } };

export default function JoinThanksPage() {
  return (
    <div className="container narrow">
      <div className="page-intro">
        <h1>Thank you</h1>
        <p>
          We have emailed you a link to sign in, finish your profile and set the hours you can offer. Founders will see you once an organiser has approved your
          application.
        </p>
      </div>
    </div>
  );
}
