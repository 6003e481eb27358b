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

function TextField(props: {
  name: string;
  label: string;
  values: Values;
  errors: Record<string, string | undefined>;
  hint?: string;
  type?: string;
  autoComplete?: string;
  maxLength: number;
  multiline?: boolean;
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
  const chosenTopics = many(values, "topics");
  const chosenLanguages = many(values, "languages");
  return (
    <>
      <TextField name="displayName" label="Your name" values={values} errors={errors} autoComplete="name" maxLength={80} />
      <TextField name="pronouns" label="Pronouns (optional)" values={values} errors={errors} maxLength={30} />
      <TextField
        name="headline"
        label="Headline"
        hint="One line founders see first, e.g. “Twelve years in a bakery co-op; led our buy-out”."
        values={values}
        errors={errors}
        maxLength={120}
      />
      <TextField
        name="bio"
        label="About you"
        hint="Your co-op experience and what you can help with."
        values={values}
        errors={errors}
        maxLength={2000}
        multiline
      />

      <ChoiceGroup
        name="topics"
        type="checkbox"
        legend="Topics you can help with"
        choices={options.topics.map((topic) => ({ value: topic.id, label: topic.name }))}
        checked={chosenTopics}
        error={errors.topics}
      />

      <ChoiceGroup
        name="languages"
        type="checkbox"
        legend="Languages you can hold a session in"
        choices={options.languages.map((language) => ({ value: language.code, label: language.name }))}
        checked={chosenLanguages}
        error={errors.languages}
        inline
      />

      <div className="field">
        <label htmlFor="timeZone">Your time zone</label>
        <select
          id="timeZone"
          name="timeZone"
          defaultValue={one(values, "timeZone") ?? ""}
          aria-invalid={errors.timeZone ? true : undefined}
          aria-describedby="timeZone-error"
        >
          <option value="" disabled>
            Choose your time zone
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
        <label htmlFor="country">Country</label>
        <select
          id="country"
          name="country"
          autoComplete="country"
          defaultValue={one(values, "country") ?? ""}
          aria-invalid={errors.country ? true : undefined}
          aria-describedby="country-error"
        >
          <option value="" disabled>
            Choose your country
          </option>
          {options.countries.map((country) => (
            <option key={country.code} value={country.code}>
              {country.name}
            </option>
          ))}
        </select>
        <FieldError id="country-error" message={errors.country} />
      </div>

      <TextField name="coopName" label="Your co-op (optional)" values={values} errors={errors} autoComplete="organization" maxLength={100} />
      <TextField name="coopUrl" label="Co-op website (optional)" type="url" values={values} errors={errors} maxLength={300} />
      <TextField
        name="meetingUrl"
        label="Video room link (optional)"
        hint="A Jitsi, BigBlueButton or similar room founders join. It goes in every invite."
        type="url"
        values={values}
        errors={errors}
        maxLength={300}
      />
    </>
  );
}
