import "server-only";
import { db } from "../db/client";
import { hashSecret } from "../security/secrets";

/** The session a co-founder's link is for, as their page shows it. */
export async function findCoFounderSession(token: string) {
  const row = await db.coFounder.findUnique({
    where: { removeTokenHash: hashSecret(token) },
    select: {
      email: true,
      booking: {
        select: { id: true, status: true, startsAt: true, endsAt: true, founderName: true, founderTimeZone: true, mentor: { select: { displayName: true } } },
      },
    },
  });
  return row;
}
