import { z } from "zod";
import { isCountryCode } from "../format/countries";
import { isTimeZone } from "../format/zones";
import { slugOf } from "../format/slug";
import { LOCALES, type Locale } from "../i18n/languages";

// Messages are keys of "profile.errors" (lib/i18n/messages), given the limits as arguments.
type TextKeys = { missing: string; short: string; long: string };

const text = (min: number, max: number, keys: TextKeys) =>
  z
    .string({ error: keys.missing })
    .trim()
    .min(min, min > 1 ? keys.short : keys.missing)
    .max(max, keys.long);

const optionalText = (max: number, tooLong: string) =>
  z
    .string()
    .trim()
    .max(max, tooLong)
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

const optionalUrl = (tooLong: string, notHttps: string) =>
  z
    .string()
    .trim()
    .max(300, tooLong)
    .transform((value) => value || null)
    .nullable()
    .optional()
    .transform((value) => value ?? null)
    .refine((value) => value === null || parsesAsHttps(value), notHttps)
    // Stored as a URL parser writes it (lower-case scheme and host, escaped characters), the form calendar apps and ics accept.
    .transform((value) => (value === null ? null : normaliseUrl(value)));

function isLanguageTag(tag: string) {
  try {
    return Intl.getCanonicalLocales(tag).length === 1 && tag.length <= 12;
  } catch {
    return false;
  }
}

const HEADLINE = { min: 10, max: 120, keys: { missing: "headlineMissing", short: "headlineTooShort", long: "headlineTooLong" } };
const BIO = { min: 30, max: 2000, keys: { missing: "bioMissing", short: "bioTooShort", long: "bioTooLong" } };

/** A volunteer's public profile; one schema for the application, the editor and the server. */
export const profileSchema = z.object({
  displayName: text(2, 80, { missing: "nameMissing", short: "nameTooShort", long: "nameTooLong" }),
  pronouns: optionalText(30, "pronounsTooLong"),
  headline: text(HEADLINE.min, HEADLINE.max, HEADLINE.keys),
  bio: text(BIO.min, BIO.max, BIO.keys),
  timeZone: z.string({ error: "timeZoneMissing" }).refine(isTimeZone, "timeZoneMissing"),
  country: z.string({ error: "countryMissing" }).trim().toUpperCase().refine(isCountryCode, "countryMissing"),
  languages: z
    .array(z.string().trim().refine(isLanguageTag, "languageUnknown"), { error: "languagesMissing" })
    .min(1, "languagesMissing")
    .max(8, "languagesTooMany")
    .transform((tags) => [...new Set(tags.map((tag) => Intl.getCanonicalLocales(tag)[0]!))]),
  topics: z
    .array(z.string().min(1).max(40))
    .transform((ids) => [...new Set(ids)])
    .pipe(z.array(z.string()).min(1, "topicsMissing").max(5, "topicsTooMany")),
  coopName: optionalText(100, "coopNameTooLong"),
  coopUrl: optionalUrl("coopUrlTooLong", "coopUrlNotHttps"),
  meetingUrl: optionalUrl("meetingUrlTooLong", "meetingUrlNotHttps"),
});

export type ProfileInput = z.infer<typeof profileSchema>;

export const applicationSchema = profileSchema.extend({
  email: z.string({ error: "emailMissing" }).trim().toLowerCase().max(254).pipe(z.email("emailInvalid")),
  application: text(20, 2000, { missing: "applicationMissing", short: "applicationTooShort", long: "applicationTooLong" }),
});

export type ApplicationInput = z.infer<typeof applicationSchema>;

/** A headline and bio in one of the site's other languages; both empty removes it. */
export interface ProfileText {
  locale: Locale;
  headline: string;
  bio: string;
}

/** The form's name for a translated field: "headline.es". */
export const textField = (field: "headline" | "bio", locale: Locale) => `${field}.${locale}`;

const translated = z.string().trim().optional();

/**
 * The profile editor's language settings: the language of the volunteer's pages
 * and mail, and their headline and bio in other languages. Each translation is
 * optional, but one given is held to the main fields' lengths.
 */
export const profileLanguageSchema = z
  .object({
    locale: z.enum(LOCALES, { error: "localeUnknown" }).optional(),
    ...Object.fromEntries(LOCALES.flatMap((locale) => [textField("headline", locale), textField("bio", locale)].map((name) => [name, translated]))),
  })
  .superRefine((value, context) => {
    const fields = value as Record<string, string | undefined>;
    for (const locale of LOCALES) {
      const headline = fields[textField("headline", locale)] ?? "";
      const bio = fields[textField("bio", locale)] ?? "";
      if (!headline && !bio) continue;
      for (const [field, length, rule] of [
        ["headline", headline.length, HEADLINE],
        ["bio", bio.length, BIO],
      ] as const) {
        const message = length === 0 ? rule.keys.missing : length < rule.min ? rule.keys.short : length > rule.max ? rule.keys.long : null;
        if (message) context.addIssue({ code: "custom", path: [textField(field, locale)], message, params: { minimum: rule.min, maximum: rule.max } });
      }
    }
  })
  .transform((value) => {
    const fields = value as Record<string, string | undefined>;
    const texts: ProfileText[] = LOCALES.filter(
      (locale) => fields[textField("headline", locale)] !== undefined || fields[textField("bio", locale)] !== undefined,
    ).map((locale) => ({ locale, headline: fields[textField("headline", locale)] ?? "", bio: fields[textField("bio", locale)] ?? "" }));
    return { locale: value.locale, texts };
  });

export type ProfileLanguageInput = z.infer<typeof profileLanguageSchema>;

/** The language settings as the form sent them: only the languages it showed. */
export function readProfileLanguageForm(form: FormData) {
  const fields: Record<string, FormDataEntryValue | undefined> = { locale: form.get("locale") ?? undefined };
  for (const locale of LOCALES)
    for (const field of ["headline", "bio"] as const) fields[textField(field, locale)] = form.get(textField(field, locale)) ?? undefined;
  return fields;
}

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
