import { useLocale, useTranslations } from "next-intl";
import { countryName, languageName } from "@/lib/format/names";
import type { FormState } from "@/lib/forms";
import { FieldError } from "./field-error";
import { ChoiceGroup } from "./choice-group";

export interface ProfileFieldOptions {
  topics: { id: string; name: string }[];
  countries: { code: string; name: string }[];
  zones: string[];
  languages: { code: string; name: string }[];
}

type Values = NonNullable<FormState["values"]>;

const one = (values: Values, name: string) => {
  const value = values[name];
  return typeof value === "string" ? value : undefined;
};
const many = (values: Values, name: string) => {
  const value = values[name];
  return Array.isArray(value) ? value : value ? [value] : [];
};

export function ProfileTextField(props: {
  name: string;
  label: string;
  values: Values;
  errors: Record<string, string | undefined>;
  hint?: string;
  type?: string;
  autoComplete?: string;
  maxLength: number;
  multiline?: boolean;
  /** The language the field is written in, when not the page's. */
  lang?: string;
}) {
  const { name, label, values, errors, hint, maxLength } = props;
  const describedBy = [hint ? `${name}-hint` : null, `${name}-error`].filter(Boolean).join(" ");
  const common = {
    id: name,
    name,
    maxLength,
    defaultValue: one(values, name),
    "aria-invalid": errors[name] ? true : undefined,
    "aria-describedby": describedBy,
    lang: props.lang,
  };
  return (
    <div className="field">
      <label htmlFor={name}>{label}</label>
      {props.multiline ? <textarea rows={5} {...common} /> : <input type={props.type ?? "text"} autoComplete={props.autoComplete ?? "off"} {...common} />}
      {hint ? (
        <p id={`${name}-hint`} className="hint">
          {hint}
        </p>
      ) : null}
      <FieldError id={`${name}-error`} message={errors[name]} />
    </div>
  );
}

/** The public profile's fields, shared by the volunteer application and the profile editor. */
export function ProfileFields({ values, errors, options }: { values: Values; errors: Record<string, string | undefined>; options: ProfileFieldOptions }) {
  const t = useTranslations("profile.fields");
  const locale = useLocale();
  const countries = options.countries
    .map((country) => ({ code: country.code, name: countryName(country.code, locale) }))
    .sort((a, b) => a.name.localeCompare(b.name, locale));
  const chosenTopics = many(values, "topics");
  const chosenLanguages = many(values, "languages");
  return (
    <>
      <ProfileTextField name="displayName" label={t("displayName")} values={values} errors={errors} autoComplete="name" maxLength={80} />
      <ProfileTextField name="pronouns" label={t("pronouns")} values={values} errors={errors} maxLength={30} />
      <ProfileTextField name="headline" label={t("headline")} hint={t("headlineHint")} values={values} errors={errors} maxLength={120} />
      <ProfileTextField name="bio" label={t("bio")} hint={t("bioHint")} values={values} errors={errors} maxLength={2000} multiline />

      <ChoiceGroup
        name="topics"
        type="checkbox"
        legend={t("topics")}
        choices={options.topics.map((topic) => ({ value: topic.id, label: topic.name }))}
        checked={chosenTopics}
        error={errors.topics}
      />

      <ChoiceGroup
        name="languages"
        type="checkbox"
        legend={t("languages")}
        choices={options.languages.map((language) => ({ value: language.code, label: languageName(language.code, locale) }))}
        checked={chosenLanguages}
        error={errors.languages}
        inline
      />

      <div className="field">
        <label htmlFor="timeZone">{t("timeZone")}</label>
        <select
          id="timeZone"
          name="timeZone"
          defaultValue={one(values, "timeZone") ?? ""}
          aria-invalid={errors.timeZone ? true : undefined}
          aria-describedby="timeZone-error"
        >
          <option value="" disabled>
            {t("chooseTimeZone")}
          </option>
          {options.zones.map((zone) => (
            <option key={zone} value={zone}>
              {zone.replace(/_/g, " ")}
            </option>
          ))}
        </select>
        <FieldError id="timeZone-error" message={errors.timeZone} />
      </div>

      <div className="field">
        <label htmlFor="country">{t("country")}</label>
        <select
          id="country"
          name="country"
          autoComplete="country"
          defaultValue={one(values, "country") ?? ""}
          aria-invalid={errors.country ? true : undefined}
          aria-describedby="country-error"
        >
          <option value="" disabled>
            {t("chooseCountry")}
          </option>
          {countries.map((country) => (
            <option key={country.code} value={country.code}>
              {country.name}
            </option>
          ))}
        </select>
        <FieldError id="country-error" message={errors.country} />
      </div>

      <ProfileTextField name="coopName" label={t("coopName")} values={values} errors={errors} autoComplete="organization" maxLength={100} />
      <ProfileTextField name="coopUrl" label={t("coopUrl")} type="url" values={values} errors={errors} maxLength={300} />
      <ProfileTextField name="meetingUrl" label={t("meetingUrl")} hint={t("meetingUrlHint")} type="url" values={values} errors={errors} maxLength={300} />
    </>
  );
}
