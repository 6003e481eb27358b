/** One inbox, however it is spelled: case and "+tag" suffixes do not make a new one. */
export function mailboxOf(email: string): string {
  const address = email.trim().toLowerCase();
  const at = address.lastIndexOf("@");
  if (at < 1) return address;
  return `${address.slice(0, at).split("+")[0] || address.slice(0, at)}${address.slice(at)}`;
}
