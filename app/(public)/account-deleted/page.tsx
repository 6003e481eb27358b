import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Your account is deleted", robots: { index: false } };

export default function AccountDeletedPage() {
  return (
    <div className="container narrow">
      <div className="page-intro">
        <h1>Your account is deleted</h1>
        <p role="status">
          Thank you for volunteering. Your sessions still to come are cancelled and their founders told; your name, address and profile are gone.
        </p>
        <p>
          <Link href="/">Back to Candle</Link>
        </p>
      </div>
    </div>
  );
}
