import { z } from "zod";
import { mailboxOf } from "../antibot/rate-limit";
import { isCountryCode } from "../format/countries";
import { isTimeZone } from "../format/zones";
import { COOP_STAGES } from "../format/coop-stages";
import { MAX_CO_FOUNDERS, MESSAGE_MAX } from "./constants";

export { MAX_CO_FOUNDERS, MESSAGE_MAX };

const text = (max: number, label: string) =>
  z
    .string({ error: `Please enter ${label}.` })
    .trim()
    .min(1, `Please enter ${label}.`)
    .max(max, `Please keep ${label} under ${max} characters.`);

const address = z.string().max(254).pipe(z.email());

/** Co-founders' addresses as typed: separated by commas, semicolons, spaces or lines; one per mailbox. */
const coFounders = z
  .string()
  // Capped before it is split, so a huge field costs nothing to refuse.
  .max(MAX_CO_FOUNDERS * 256, `That is too long for ${MAX_CO_FOUNDERS} email addresses.`)
  .optional()
  .transform((typed) => {
    const byMailbox = new Map<string, string>();
    for (const email of (typed ?? "").toLowerCase().split(/[\s,;]+/)) if (email && !byMailbox.has(mailboxOf(email))) byMailbox.set(mailboxOf(email), email);
    return [...byMailbox.values()];
  })
  .superRefine((emails, context) => {
    const invalid = emails.find((email) => !address.safeParse(email).success);
    if (invalid) context.addIssue({ code: "custom", message: `“${invalid.slice(0, 60)}” is not an email address. Separate addresses with commas.` });
    else if (emails.length > MAX_CO_FOUNDERS) context.addIssue({ code: "custom", message: `Please add up to ${MAX_CO_FOUNDERS} co-founders.` });
  });

/** What a founder fills in; one schema for the server and for the form's messages. */
export const bookingRequestSchema = z
  .object({
    name: text(100, "your name"),
    email: z
      .string({ error: "Please enter your email address." })
      .trim()
      .toLowerCase()
      .max(254, "That email address is too long.")
      .pipe(z.email("Please enter an email address like name@example.org.")),
    coFounders,
    country: z.string({ error: "Please choose your country." }).trim().toUpperCase().refine(isCountryCode, "Please choose your country."),
    topics: z
      .array(z.string().min(1).max(40), { error: "Please choose at least one topic." })
      .transform((ids) => [...new Set(ids)])
      .pipe(z.array(z.string()).min(1, "Please choose at least one topic.").max(3, "Please choose up to three topics.")),
    stage: z.enum(COOP_STAGES, { error: "Please tell us where your co-op is." }),
    message: text(MESSAGE_MAX, "what you would like to talk about"),
    consent: z.literal("yes", { error: "Please agree so that we can pass your details to your mentor." }),
  })
  .transform((request) => ({ ...request, coFounders: request.coFounders.filter((email) => email !== request.email) }));

export type BookingRequest = z.infer<typeof bookingRequestSchema>;
export type BookingField = keyof BookingRequest;

/** The slot a form books: the exact instant, and the zone the founder saw it in. */
export const slotChoiceSchema = z.object({
  start: z.iso.datetime({ offset: true, error: "That time is not valid." }).transform((value) => new Date(value)),
  tz: z.string().refine(isTimeZone, "Unknown time zone."),
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
