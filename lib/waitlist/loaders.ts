import "server-only";
import { cache } from "react";
import { issueFormToken } from "../antibot/form-token";
import { requireOrganiser } from "../auth/session";
import { isWellFormedToken } from "../bookings/links";
import { config } from "../config";
import { findEntryByToken, waitlistDemand } from "./data";
import type { WaitlistLinkKind } from "./links";
import { waitlistFormSubject } from "./schema";

/**
 * The waitlist form's token. The mentor page is cached, so its token may be
 * shared by many visitors and be hours old: it proves the form came from our
 * page for this mentor, and is not spent. What stops a script from using the
 * form against someone's inbox is double opt-in and the limits in the action.
 */
export function waitlistFormToken(target: { mentorId?: string; topic?: string; language?: string }): string {
  return issueFormToken(config.secret, waitlistFormSubject(target));
}

/** The entry behind an emailed link, for the page that link opens (which only shows; its button acts). */
export const loadWaitlistEntry = cache(async (kind: WaitlistLinkKind, token: string) => {
  if (!isWellFormedToken(token)) return null;
  return findEntryByToken(kind, token);
});

export const loadUnmetDemand = cache(async () => {
  await requireOrganiser("/organiser/stats");
  return waitlistDemand(new Date());
});
