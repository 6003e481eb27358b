"use client";

import type { Messages } from "next-intl";
import { startTransition, useActionState, type FormEvent } from "react";
import type { ChallengeJson } from "@/lib/antibot/solve";
import { HoneypotField } from "./honeypot-field";
import { emptyBookingForm, type BookingFormState } from "@/lib/bookings/form-state";
import { MAX_CO_FOUNDERS, MESSAGE_MAX } from "@/lib/bookings/constants";
import { FieldError } from "./field-error";
import { ProofOfWorkField } from "./proof-of-work-field";
import { FormAlert } from "@/components/form-alert";
import { TextField } from "./text-field";
import { ChoiceGroup } from "./choice-group";
import { PrivacyNote } from "./privacy-note";

/** The form's words, translated on the server ("booking.form"), so no messages are shipped for them. */
export type BookingFormLabels = Record<keyof Messages["booking"]["form"], string>;

interface Props {
  action: (state: BookingFormState, form: FormData) => Promise<BookingFormState>;
  refreshChallenge: () => Promise<ChallengeJson>;
  /** The chosen time, or null when it has gone and `alternatives` are offered instead. */
  start: string | null;
  alternatives?: { start: string; label: string }[];
  zone: string;
  mentorSlug: string;
  formToken: string;
  challenge: ChallengeJson;
  topics: { id: string; name: string }[];
  suggestedTopicIds: string[];
  countries: readonly { code: string; name: string }[];
  /** The co-op stages to choose from, labelled in the page's language. */
  stages: { value: string; label: string }[];
  labels: BookingFormLabels;
  /** The founder's details from an earlier booking, when they came from its feedback page. */
  initialValues?: BookingFormState["values"];
}

export function BookingForm({
  action,
  refreshChallenge,
  start,
  alternatives: offered,
  zone,
  mentorSlug,
  formToken,
  challenge,
  topics,
  suggestedTopicIds,
  countries,
  stages,
  labels,
  initialValues,
}: Props) {
  const [state, submit, pending] = useActionState(action, emptyBookingForm);
  const alternatives = state.alternatives ?? offered;
  const message = state.message ?? (offered ? labels.timeGone : undefined);
  const values = state.values ?? initialValues ?? {};
  const errors = state.errors ?? {};
  const chosenTopics = values.topics ?? suggestedTopicIds.slice(0, 1);
  const invalid = (field: keyof typeof errors) => (errors[field] ? true : undefined);

  // Sent by hand rather than through `action`, so React does not reset the form
  // (a reset would put the country list back to its first option). Without
  // JavaScript the browser posts the form to the same action.
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    if (event.defaultPrevented) return;
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => submit(data));
  }

  return (
    <form action={submit} onSubmit={onSubmit} className="form" noValidate>
      <FormAlert message={message} />
      <input type="hidden" name="mentor" value={mentorSlug} />
      <input type="hidden" name="tz" value={zone} />
      <input type="hidden" name="formToken" value={formToken} />
      <ProofOfWorkField challenge={challenge} refreshChallenge={refreshChallenge} />

      {alternatives?.length ? (
        <fieldset className="field">
          <legend>{labels.chooseAnotherTime}</legend>
          <div className="choices choices--inline">
            {alternatives.map((alternative, index) => (
              <label key={alternative.start} className="choice">
                <input type="radio" name="start" value={alternative.start} defaultChecked={index === 0} />
                <time dateTime={alternative.start}>{alternative.label}</time>
              </label>
            ))}
          </div>
        </fieldset>
      ) : (
        <input type="hidden" name="start" value={start ?? ""} />
      )}

      <TextField id="name" name="name" label={labels.name} autoComplete="name" required maxLength={100} defaultValue={values.name} error={errors.name} />

      <TextField
        id="email"
        name="email"
        type="email"
        label={labels.email}
        autoComplete="email"
        inputMode="email"
        required
        maxLength={254}
        defaultValue={values.email}
        hint={labels.emailHint}
        error={errors.email}
      />

      <div className="field">
        <label htmlFor="coFounders">{labels.coFounders}</label>
        <textarea
          id="coFounders"
          name="coFounders"
          rows={2}
          maxLength={MAX_CO_FOUNDERS * 256}
          autoComplete="off"
          defaultValue={values.coFounders}
          aria-invalid={invalid("coFounders")}
          aria-describedby="coFounders-hint coFounders-error"
        />
        <p id="coFounders-hint" className="hint">
          {labels.coFoundersHint}
        </p>
        <FieldError id="coFounders-error" message={errors.coFounders} />
      </div>

      <div className="field">
        <label htmlFor="country">{labels.country}</label>
        <select
          id="country"
          name="country"
          autoComplete="country"
          required
          defaultValue={values.country ?? ""}
          aria-invalid={invalid("country")}
          aria-describedby="country-error"
        >
          <option value="" disabled>
            {labels.chooseCountry}
          </option>
          {countries.map((country) => (
            <option key={country.code} value={country.code}>
              {country.name}
            </option>
          ))}
        </select>
        <FieldError id="country-error" message={errors.country} />
      </div>

      <ChoiceGroup
        name="topics"
        type="checkbox"
        legend={labels.topics}
        choices={topics.map((topic) => ({ value: topic.id, label: topic.name }))}
        checked={chosenTopics}
        error={errors.topics}
      />

      <ChoiceGroup
        name="stage"
        type="radio"
        legend={labels.stage}
        choices={stages}
        checked={values.stage ? [values.stage] : []}
        error={errors.stage}
        required
      />

      <div className="field">
        <label htmlFor="message">{labels.message}</label>
        <textarea
          id="message"
          name="message"
          rows={5}
          required
          maxLength={MESSAGE_MAX}
          defaultValue={values.message}
          aria-invalid={invalid("message")}
          aria-describedby="message-hint message-error"
        />
        <p id="message-hint" className="hint">
          {labels.messageHint}
        </p>
        <FieldError id="message-error" message={errors.message} />
      </div>

      <div className="field">
        <label className="choice">
          <input
            type="checkbox"
            name="consent"
            value="yes"
            defaultChecked={values.consent}
            aria-invalid={invalid("consent")}
            aria-describedby="consent-error"
          />
          {labels.consent}
        </label>
        <FieldError id="consent-error" message={errors.consent} />
        <PrivacyNote />
      </div>

      <HoneypotField />

      <button type="submit" className="button" disabled={pending}>
        {pending ? labels.submitting : labels.submit}
      </button>
    </form>
  );
}
