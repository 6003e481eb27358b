import type { Route } from "next";
import Link from "next/link";
import { signOut } from "@/lib/auth/actions";

/** The second row of navigation for signed-in volunteers and organisers. */
export function AccountNav({
  label,
  links,
  email,
  signOutText = "Sign out",
}: {
  label: string;
  links: { href: string; text: string }[];
  email: string;
  signOutText?: string;
}) {
  return (
    <div className="account-nav">
      <div className="container account-nav__inner">
        <nav aria-label={label}>
          <ul className="nav-list">
            {links.map((link) => (
              <li key={link.href}>
                <Link href={link.href as Route}>{link.text}</Link>
              </li>
            ))}
          </ul>
        </nav>
        <form action={signOut} className="account-nav__signout">
          <span className="hint">{email}</span>
          <button type="submit" className="button button--quiet button--small">
            {signOutText}
          </button>
        </form>
      </div>
    </div>
  );
}
