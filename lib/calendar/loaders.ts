import "server-only";
import { pickLocale } from "../i18n/languages";
import { hashSecret } from "../security/secrets";
import { findFeedOwner, listFeedSessions } from "./data";
import { feedCalendarName, feedEvents, feedTokenFromPath } from "./feed";
import { buildFeedIcs } from "./ics";
import { inviteTranslator } from "./session-event";

/** The ICS body served at a feed address; null for a malformed, unknown or revoked token. */
export async function loadCalendarFeed(pathSegment: string, now = new Date()): Promise<string | null> {
  const token = feedTokenFromPath(pathSegment);
  if (!token) return null;
  const owner = await findFeedOwner(hashSecret(token));
  if (!owner) return null;
  const [sessions, t] = await Promise.all([listFeedSessions(owner.id, now), inviteTranslator(pickLocale(owner.user.locale))]);
  return buildFeedIcs(feedCalendarName(t, owner.displayName), feedEvents(sessions, t, now));
}
