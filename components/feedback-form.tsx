"use client";

import { useActionState } from "react";
import { COMMENT_MAX, type FeedbackFormState } from "@/lib/feedback/schema";
import { ChoiceGroup } from "./choice-group";
import { FieldError } from "./field-error";
import { FormAlert } from "./form-alert";

/** The form's words, already in the founder's language (the page translates them; none ship as messages). */
export interface FeedbackFormLabels {
  usefulnessLegend: string;
  usefulness: { value: string; label: string }[];
  nextStepLegend: string;
  nextSteps: { value: string; label: string }[];
  commentLabel: string;
  commentHint: string;
  quoteConsent: string;
  sending: string;
  send: string;
}

interface Props {
  action: (state: FeedbackFormState, form: FormData) => Promise<FeedbackFormState>;
  token: string;
  labels: FeedbackFormLabels;
  /** The score the founder picked in the email, if any. */
  usefulness?: number;
}

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** Two questions and an optional word for the volunteer; works without JavaScript. */
export function FeedbackForm({ action, token, labels, usefulness }: Props) {
  const [state, submit, pending] = useActionState(action, {});
  const values = state.values ?? {};
  const errors = state.errors ?? {};
  const score = one(values.usefulness) ?? (usefulness ? String(usefulness) : undefined);
  const step = one(values.nextStep);
  return (
    <form action={submit} className="form" noValidate>
      <FormAlert message={state.message} />
      <input type="hidden" name="token" value={token} />
      <ChoiceGroup
        name="usefulness"
        type="radio"
        legend={labels.usefulnessLegend}
        choices={labels.usefulness}
        checked={score ? [score] : []}
        error={errors.usefulness}
        required
      />
      <ChoiceGroup
        name="nextStep"
        type="radio"
        legend={labels.nextStepLegend}
        choices={labels.nextSteps}
        checked={step ? [step] : []}
        error={errors.nextStep}
        required
      />
      <div className="field">
        <label htmlFor="comment">{labels.commentLabel}</label>
        <textarea
          id="comment"
          name="comment"
          rows={4}
          maxLength={COMMENT_MAX}
          defaultValue={one(values.comment)}
          aria-invalid={errors.comment ? true : undefined}
          aria-describedby="comment-hint comment-error"
        />
        <p id="comment-hint" className="hint">
          {labels.commentHint}
        </p>
        <FieldError id="comment-error" message={errors.comment} />
      </div>
      <div className="field">
        <label className="choice">
          <input type="checkbox" name="quoteConsent" value="yes" defaultChecked={one(values.quoteConsent) === "yes"} />
          {labels.quoteConsent}
        </label>
      </div>
      <div>
        <button type="submit" className="button" disabled={pending}>
          {pending ? labels.sending : labels.send}
        </button>
      </div>
    </form>
  );
}
