import "server-only";
import { actorFields, founderActor } from "../audit/actor";
import { recordAudit } from "../audit/mutations";
import { cancelBooking } from "../bookings/mutations";
import { config } from "../config";
import { db } from "../db/client";
import { TRANSACTION_OPTIONS } from "../db/transactions";
import { enqueueEmail } from "../email/mutations";
import { dataLinkEmail } from "../email/templates/account";
import { DEFAULT_LOCALE, type Locale } from "../i18n/languages";
import { localisedPath } from "../i18n/paths";
import { anonymiseBookings, eraseMailTo } from "../retention/mutations";
import { pseudonymOf } from "../security/pseudonym";
import { hashSecret, newSecret } from "../security/secrets";
import { holdsAnythingAbout, sessionHash } from "./data";

/**
 * Queues a one-time "My data" link, only to an address Candle holds something
 * about; the form says the same either way. The link opens in the language the
 * form was sent in.
 */
export async function requestDataLink(email: string, now = new Date(), locale: Locale = DEFAULT_LOCALE): Promise<boolean> {
  if (!(await holdsAnythingAbout(email))) return false;
  const token = newSecret();
  const minutes = Math.round(config.dataLinkMs / 60_000);
  await db.$transaction(async (tx) => {
    await tx.dataAccessLink.create({ data: { tokenHash: hashSecret(token), email, expiresAt: new Date(now.getTime() + config.dataLinkMs), createdAt: now } });
    await enqueueEmail({ to: email, ...dataLinkEmail({ url: `${config.publicUrl}${localisedPath(locale, `/my-data/open/${token}`)}`, minutes }) }, tx);
  }, TRANSACTION_OPTIONS);
  return true;
}

/**
 * Trades the emailed link for a session secret kept in a cookie, once: the
 * guarded delete lets exactly one of any number of racing presses through.
 */
export async function openDataLink(token: string, now = new Date()): Promise<string | null> {
  const tokenHash = hashSecret(token);
  const row = await db.dataAccessLink.findUnique({ where: { tokenHash }, select: { email: true, expiresAt: true } });
  if (!row || row.expiresAt <= now) return null;
  const { count } = await db.dataAccessLink.deleteMany({ where: { tokenHash } });
  if (count !== 1) return null;
  const session = newSecret();
  await db.dataAccessLink.create({
    data: { tokenHash: sessionHash(session), email: row.email, expiresAt: new Date(now.getTime() + config.dataLinkMs), createdAt: now },
  });
  return session;
}

export interface ErasureCounts {
  bookings: number;
  cancelled: number;
}

/** A session still ahead that the volunteer expects: confirmed, or a hold or request that has not lapsed. */
const isUpcoming = (booking: { status: string; startsAt: Date; expiresAt: Date | null }, now: Date) =>
  booking.startsAt > now &&
  (booking.status === "confirmed" ||
    ((booking.status === "pending" || booking.status === "requested") && booking.expiresAt !== null && booking.expiresAt > now));

/**
 * Erases everything held about an address. Sessions still to come are cancelled
 * the usual way (the volunteer gets the CANCEL; mail still to be sent to the
 * volunteer is erased once sent); then every booking is anonymised, mail to the
 * address erased, and co-founder places, waitlist entries and links deleted. The
 * audit row it leaves names the founder by pseudonym only.
 */
export async function eraseFounderData(email: string, now = new Date()): Promise<ErasureCounts> {
  // Anonymised bookings all have an empty address: an empty one names nobody.
  if (!email) return { bookings: 0, cancelled: 0 };
  const actor = founderActor(email);
  const bookings = await db.booking.findMany({ where: { founderEmail: email }, select: { id: true, status: true, startsAt: true, expiresAt: true } });
  let cancelled = 0;
  for (const booking of bookings) {
    if (!isUpcoming(booking, now)) continue;
    if ((await cancelBooking(booking.id, { role: "founder", ...actorFields(actor) }, null, now)).ok) cancelled++;
  }
  await db.$transaction(async (tx) => {
    await eraseMailTo(email, now, tx);
    await anonymiseBookings(
      bookings.map((booking) => booking.id),
      now,
      tx,
    );
    await tx.coFounder.deleteMany({ where: { email } });
    await tx.waitlistEntry.deleteMany({ where: { email } });
    await tx.dataAccessLink.deleteMany({ where: { email } });
    await recordAudit(
      actor,
      { action: "founder.data_erased", targetType: "founder", targetId: pseudonymOf(email, config.secret), details: { bookings: bookings.length, cancelled } },
      tx,
    );
  }, TRANSACTION_OPTIONS);
  return { bookings: bookings.length, cancelled };
}
