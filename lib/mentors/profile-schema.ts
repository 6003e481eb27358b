import { z } from "zod";
import { isCountryCode } from "../format/countries";
import { isTimeZone } from "../format/zones";
import { slugOf } from "../format/slug";

const text = (label: string, min: number, max: number) =>
  z
    .string({ error: `Please enter ${label}.` })
    .trim()
    .min(min, min > 1 ? `Please write at least ${min} characters for ${label}.` : `Please enter ${label}.`)
    .max(max, `Please keep ${label} under ${max} characters.`);

const optionalText = (label: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, `Please keep ${label} under ${max} characters.`)
    .transform((value) => value || null)
    .nullable()
    .optional()
    .transform((value) => value ?? null);

function parsesAsHttps(value: string): boolean {
  if (!/^https:\/\/[^\s/$.?#].[^\s]*$/i.test(value)) return false;
  try {
    return new URL(value).protocol === "https:";
  } catch {
    return false;
  }
}

/** The URL parser's spelling, without the "/" it adds to a bare address. */
function normaliseUrl(value: string): string {
  const url = new URL(value);
  return url.pathname === "/" && !url.search && !url.hash && !/^https:\/\/[^/]+\/$/i.test(value) ? url.origin : url.href;
}

const optionalUrl = (label: string) =>
  z
    .string()
    .trim()
    .max(300, `Please keep ${label} under 300 characters.`)
    .transform((value) => value || null)
    .nullable()
    .optional()
    .transform((value) => value ?? null)
    .refine((value) => value === null || parsesAsHttps(value), `${label[0]!.toUpperCase()}${label.slice(1)} must be a full https:// address.`)
    // Stored as a URL parser writes it (lower-case scheme and host, escaped characters), the form calendar apps and ics accept.
    .transform((value) => (value === null ? null : normaliseUrl(value)));

function isLanguageTag(tag: string) {
  try {
    return Intl.getCanonicalLocales(tag).length === 1 && tag.length <= 12;
  } catch {
    return false;
  }
}

/** A volunteer's public profile; one schema for the application, the editor and the server. */
export const profileSchema = z.object({
  displayName: text("your name", 2, 80),
  pronouns: optionalText("pronouns", 30),
  headline: text("a headline", 10, 120),
  bio: text("a short bio", 30, 2000),
  timeZone: z.string({ error: "Please choose your time zone." }).refine(isTimeZone, "Please choose your time zone."),
  country: z.string({ error: "Please choose your country." }).trim().toUpperCase().refine(isCountryCode, "Please choose your country."),
  languages: z
    .array(z.string().trim().refine(isLanguageTag, "Unknown language."), { error: "Please choose at least one language." })
    .min(1, "Please choose at least one language.")
    .max(8, "Please choose up to eight languages.")
    .transform((tags) => [...new Set(tags.map((tag) => Intl.getCanonicalLocales(tag)[0]!))]),
  topics: z
    .array(z.string().min(1).max(40))
    .transform((ids) => [...new Set(ids)])
    .pipe(z.array(z.string()).min(1, "Please choose at least one topic.").max(5, "Please choose up to five topics.")),
  coopName: optionalText("the co-op's name", 100),
  coopUrl: optionalUrl("the co-op's website"),
  meetingUrl: optionalUrl("the meeting link"),
});

export type ProfileInput = z.infer<typeof profileSchema>;

export const applicationSchema = profileSchema.extend({
  email: z
    .string({ error: "Please enter your email address." })
    .trim()
    .toLowerCase()
    .max(254)
    .pipe(z.email("Please enter an email address like name@example.org.")),
  application: text("why you would like to help", 20, 2000),
});

export type ApplicationInput = z.infer<typeof applicationSchema>;

export function readProfileForm(form: FormData) {
  const value = (name: string) => form.get(name) ?? undefined;
  return {
    displayName: value("displayName"),
    pronouns: value("pronouns"),
    headline: value("headline"),
    bio: value("bio"),
    timeZone: value("timeZone"),
    country: value("country"),
    languages: form.getAll("languages"),
    topics: form.getAll("topics"),
    coopName: value("coopName"),
    coopUrl: value("coopUrl"),
    meetingUrl: value("meetingUrl"),
    email: value("email"),
    application: value("application"),
  };
}

/** "Ada Lovelace" → "ada-lovelace"; accents folded, never empty. */
export function slugify(name: string): string {
  return slugOf(name) || "volunteer";
}
