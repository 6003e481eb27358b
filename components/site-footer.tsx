import Link from "next/link";

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <div className="container">
        <p>
          Candle is run by volunteers from worker co-operatives. No ads, no trackers, no third-party scripts: your details are used only to arrange your
          session.
        </p>
        <p>
          <Link href="/privacy">Privacy</Link> · <Link href="/my-data">My data</Link>
        </p>
      </div>
    </footer>
  );
}
