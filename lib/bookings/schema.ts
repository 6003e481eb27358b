import { z } from "zod";
import { mailboxOf } from "../antibot/rate-limit";
import { isCountryCode } from "../format/countries";
import { isTimeZone } from "../format/zones";
import { COOP_STAGES } from "../format/coop-stages";
import { MAX_CO_FOUNDERS, MESSAGE_MAX } from "./constants";

export { MAX_CO_FOUNDERS, MESSAGE_MAX };

// Messages are keys of "booking.errors" (lib/i18n/messages), translated by the action.
const text = (max: number, missing: string, tooLong: string) => z.string({ error: missing }).trim().min(1, missing).max(max, tooLong);

const address = z.string().max(254).pipe(z.email());

/** Co-founders' addresses as typed: separated by commas, semicolons, spaces or lines; one per mailbox. */
const coFounders = z
  .string()
  // Capped before it is split, so a huge field costs nothing to refuse.
  .refine((typed) => typed.length <= MAX_CO_FOUNDERS * 256, { message: "coFoundersTooLong", params: { max: MAX_CO_FOUNDERS } })
  .optional()
  .transform((typed) => {
    const byMailbox = new Map<string, string>();
    for (const email of (typed ?? "").toLowerCase().split(/[\s,;]+/)) if (email && !byMailbox.has(mailboxOf(email))) byMailbox.set(mailboxOf(email), email);
    return [...byMailbox.values()];
  })
  .superRefine((emails, context) => {
    const invalid = emails.find((email) => !address.safeParse(email).success);
    if (invalid) context.addIssue({ code: "custom", message: "coFounderInvalid", params: { address: invalid.slice(0, 60) } });
    else if (emails.length > MAX_CO_FOUNDERS) context.addIssue({ code: "custom", message: "coFoundersTooMany", params: { max: MAX_CO_FOUNDERS } });
  });

/** What a founder fills in; one schema for the server and for the form's messages. */
export const bookingRequestSchema = z
  .object({
    name: text(100, "nameMissing", "nameTooLong"),
    email: z.string({ error: "emailMissing" }).trim().toLowerCase().max(254, "emailTooLong").pipe(z.email("emailInvalid")),
    coFounders,
    country: z.string({ error: "countryMissing" }).trim().toUpperCase().refine(isCountryCode, "countryMissing"),
    topics: z
      .array(z.string().min(1).max(40), { error: "topicsMissing" })
      .transform((ids) => [...new Set(ids)])
      .pipe(z.array(z.string()).min(1, "topicsMissing").max(3, "topicsTooMany")),
    stage: z.enum(COOP_STAGES, { error: "stageMissing" }),
    message: text(MESSAGE_MAX, "messageMissing", "messageTooLong"),
    consent: z.literal("yes", { error: "consentMissing" }),
  })
  .transform((request) => ({ ...request, coFounders: request.coFounders.filter((email) => email !== request.email) }));

export type BookingRequest = z.infer<typeof bookingRequestSchema>;
export type BookingField = keyof BookingRequest;

/** The slot a form books: the exact instant, and the zone the founder saw it in. */
export const slotChoiceSchema = z.object({
  start: z.iso.datetime({ offset: true, error: "startInvalid" }).transform((value) => new Date(value)),
  tz: z.string().refine(isTimeZone, "zoneUnknown"),
});

export function readBookingForm(form: FormData) {
  return {
    name: form.get("name"),
    email: form.get("email"),
    coFounders: form.get("coFounders") ?? undefined,
    country: form.get("country"),
    topics: form.getAll("topics"),
    stage: form.get("stage"),
    message: form.get("message"),
    consent: form.get("consent"),
  };
}
