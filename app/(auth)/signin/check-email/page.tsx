import type { Metadata } from "next";

export const metadata: Metadata = { title: "Check your email", robots: { index: false } };

export default function CheckEmailPage() {
  return (
    <div className="container narrow">
      <div className="page-intro">
        <h1>Check your email</h1>
        <p>If there is a Candle account for that address, a sign-in link is on its way. It works once and expires in 30 minutes.</p>
      </div>
    </div>
  );
}
