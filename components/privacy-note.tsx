import Link from "next/link";

/** Beside every form that collects personal data: where to read what happens to it. */
export function PrivacyNote() {
  return (
    <p className="hint">
      What we keep, for how long, and how to erase it: <Link href="/privacy">our privacy page</Link>.
    </p>
  );
}
