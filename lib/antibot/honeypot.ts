/**
 * A field people never see and bots fill in. "subject" is bait for contact-form
 * spam bots, yet no browser autofill (Chrome, Safari's contact card, Firefox) and
 * no password manager maps it to anything, unlike names containing url, website,
 * name, email, phone, address, company or user, which a founder's iPhone may fill.
 */
export const HONEYPOT_FIELD = "subject";

/**
 * Props for the trap input. Hide it by moving its wrapper off-screen (give the
 * wrapper `aria-hidden="true"`), not with `display: none` or `type="hidden"`,
 * which bots learn to skip.
 */
export const HONEYPOT_INPUT_PROPS = {
  name: HONEYPOT_FIELD,
  type: "text",
  tabIndex: -1,
  autoComplete: "off",
  defaultValue: "",
} as const;

/** Whitespace is forgiven: a false alarm would turn away a real founder. */
export function isHoneypotTripped(value: FormDataEntryValue | null | undefined): boolean {
  if (value === null || value === undefined) return false;
  return typeof value === "string" ? value.trim() !== "" : true;
}
