import "server-only";
import { XMLParser } from "fast-xml-parser";
import { fetchCalendar, FetchError, type FetchLimits } from "./fetch";

export interface CalDavAccount {
  server: string;
  user: string;
  password: string;
}

export interface CalDavCalendar {
  url: string;
  name: string;
}

// WebDAV answers name their namespaces with any prefix (d:, D:, or none); the
// local names used here are unique across DAV: and CalDAV, so prefixes are dropped.
const parser = new XMLParser({
  removeNSPrefix: true,
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  parseTagValue: false,
  processEntities: true,
  isArray: (name) => ["response", "propstat", "href", "comp"].includes(name),
});

type Props = Record<string, unknown>;

interface DavResponse {
  href: string;
  props: Props;
}

/** The `<response>`s of a 207 multistatus, each with the properties the server found (status 200). */
export function readMultistatus(xml: string): DavResponse[] {
  let document: Props;
  try {
    document = parser.parse(xml) as Props;
  } catch {
    throw new FetchError("the CalDAV server's answer is not XML");
  }
  if (!("multistatus" in document)) throw new FetchError("the CalDAV server's answer is not a WebDAV multistatus");
  // An empty calendar answers `<multistatus/>`, which parses as an empty string.
  const multistatus = typeof document.multistatus === "object" && document.multistatus ? (document.multistatus as { response?: Props[] }) : {};
  return (multistatus.response ?? []).map((response) => {
    const props: Props = {};
    for (const propstat of (response.propstat as Props[] | undefined) ?? []) {
      if (!/\s200\s/.test(` ${String(propstat.status ?? "")} `)) continue;
      Object.assign(props, propstat.prop as Props);
    }
    return { href: text((response.href as unknown[] | undefined)?.[0]), props };
  });
}

function text(value: unknown): string {
  if (typeof value === "string") return value.trim();
  if (value && typeof value === "object" && "#text" in value) return String((value as Props)["#text"]).trim();
  return "";
}

function hrefIn(value: unknown): string | null {
  const hrefs = (value as { href?: unknown[] } | undefined)?.href;
  return hrefs?.length ? text(hrefs[0]) : null;
}

const PROPFIND = (props: string) =>
  `<?xml version="1.0" encoding="utf-8"?><d:propfind xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav"><d:prop>${props}</d:prop></d:propfind>`;

async function propfind(
  url: string,
  account: CalDavAccount,
  props: string,
  depth: "0" | "1",
  limits: FetchLimits,
): Promise<{ url: string; responses: DavResponse[] }> {
  const response = await fetchCalendar(
    { url, method: "PROPFIND", headers: { depth, "content-type": "application/xml; charset=utf-8" }, body: PROPFIND(props), auth: account },
    limits,
  );
  if (response.status === 401 || response.status === 403) throw new FetchError("the CalDAV server did not accept this user and app password");
  if (response.status !== 207) throw new FetchError(`the CalDAV server answered ${response.status}`);
  return { url: response.url, responses: readMultistatus(response.body) };
}

/**
 * The calendars of an account that hold events: the address given, else its
 * /.well-known/caldav (RFC 6764), to the user's principal, their calendar home,
 * and its calendars (RFC 4791).
 */
export async function discoverCalendars(account: CalDavAccount, limits: FetchLimits): Promise<CalDavCalendar[]> {
  const given = new URL(account.server);
  const starts = [given.toString(), new URL("/.well-known/caldav", given).toString(), new URL("/", given).toString()];
  let principal: string | null = null;
  let lastError: unknown = null;
  for (const start of [...new Set(starts)]) {
    try {
      const { url, responses } = await propfind(start, account, "<d:current-user-principal/>", "0", limits);
      const href = responses.map((response) => hrefIn(response.props["current-user-principal"])).find(Boolean);
      if (href) {
        principal = new URL(href, url).toString();
        break;
      }
    } catch (error) {
      if (error instanceof FetchError && /app password/.test(error.message)) throw error;
      lastError = error;
    }
  }
  if (!principal) throw lastError instanceof FetchError ? lastError : new FetchError("no CalDAV account was found at this address");

  const home = await propfind(principal, account, "<c:calendar-home-set/>", "0", limits);
  const homeHref = home.responses.map((response) => hrefIn(response.props["calendar-home-set"])).find(Boolean);
  if (!homeHref) throw new FetchError("the CalDAV server names no calendar home for this user");
  const homeUrl = new URL(homeHref, home.url).toString();

  const listing = await propfind(homeUrl, account, "<d:resourcetype/><d:displayname/><c:supported-calendar-component-set/>", "1", limits);
  const calendars: CalDavCalendar[] = [];
  for (const response of listing.responses) {
    const type = response.props.resourcetype;
    if (!type || typeof type !== "object" || !("calendar" in type)) continue;
    const components = ((response.props["supported-calendar-component-set"] as { comp?: Props[] } | undefined)?.comp ?? []).map((comp) =>
      String(comp["@name"] ?? "").toUpperCase(),
    );
    if (components.length > 0 && !components.includes("VEVENT")) continue;
    const url = new URL(response.href, listing.url).toString();
    calendars.push({ url, name: text(response.props.displayname) || decodeURIComponent(url.replace(/\/+$/, "").split("/").pop() ?? "Calendar") });
  }
  return calendars;
}

const utcStamp = (date: Date) =>
  date
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");

/** Each event resource of one calendar overlapping the window, as iCalendar text (a time-range calendar-query, RFC 4791 §7.8). */
export async function queryCalendar(calendar: string, account: CalDavAccount, from: Date, until: Date, limits: FetchLimits): Promise<string[]> {
  const body = `<?xml version="1.0" encoding="utf-8"?>
<c:calendar-query xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav">
  <d:prop><c:calendar-data/></d:prop>
  <c:filter><c:comp-filter name="VCALENDAR"><c:comp-filter name="VEVENT"><c:time-range start="${utcStamp(from)}" end="${utcStamp(until)}"/></c:comp-filter></c:comp-filter></c:filter>
</c:calendar-query>`;
  const response = await fetchCalendar(
    { url: calendar, method: "REPORT", headers: { depth: "1", "content-type": "application/xml; charset=utf-8" }, body, auth: account },
    limits,
  );
  if (response.status === 401 || response.status === 403) throw new FetchError("the CalDAV server did not accept this user and app password");
  if (response.status === 404) throw new FetchError("the CalDAV calendar no longer exists");
  if (response.status !== 207) throw new FetchError(`the CalDAV server answered ${response.status}`);
  return readMultistatus(response.body)
    .map((entry) => text(entry.props["calendar-data"]))
    .filter(Boolean);
}
