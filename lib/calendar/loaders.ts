import "server-only";
import { hashSecret } from "../security/secrets";
import { findFeedOwner, listFeedSessions } from "./data";
import { feedCalendarName, feedEvents, feedTokenFromPath } from "./feed";
import { buildFeedIcs } from "./ics";

/** The ICS body served at a feed address; null for a malformed, unknown or revoked token. */
export async function loadCalendarFeed(pathSegment: string, now = new Date()): Promise<string | null> {
  const token = feedTokenFromPath(pathSegment);
  if (!token) return null;
  const owner = await findFeedOwner(hashSecret(token));
  if (!owner) return null;
  const sessions = await listFeedSessions(owner.id, now);
  return buildFeedIcs(feedCalendarName(owner.displayName), feedEvents(sessions, now));
}
