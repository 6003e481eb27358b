import Link from "next/link";

export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="container site-header__inner">
        <Link href="/" className="brand">
          <svg aria-hidden="true" width="22" height="22" viewBox="0 0 24 24">
            <path d="M12 2c2 3 3 4.5 3 6.5A3 3 0 0 1 12 11.5 3 3 0 0 1 9 8.5C9 6.5 10 5 12 2Z" fill="#e8890c" />
            <rect x="9" y="12.5" width="6" height="9.5" rx="1" fill="currentColor" />
          </svg>
          Candle
        </Link>
        <nav aria-label="Main">
          <ul className="nav-list">
            <li>
              <Link href="/mentors">Find a mentor</Link>
            </li>
            <li>
              <Link href="/volunteer">Volunteers</Link>
            </li>
            <li>
              <Link href="/signin">Sign in</Link>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
