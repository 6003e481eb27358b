"use client";

import { useActionState } from "react";
import { FieldError } from "@/components/field-error";
import type { FormState } from "@/lib/forms";
import styles from "./organiser.module.css";

type TopicAction = (state: FormState<"name">, form: FormData) => Promise<FormState<"name">>;

function keptName(state: FormState<"name">, fallback?: string) {
  return typeof state.values?.name === "string" ? state.values.name : fallback;
}

/** The words arrive already in the organiser's language, so the browser needs no messages. */
export function AddTopicForm({ action, labels }: { action: TopicAction; labels: { name: string; add: string } }) {
  const [state, submit, pending] = useActionState(action, {});
  const error = state.errors?.name;
  return (
    <form action={submit} className="form" noValidate>
      {state.message ? (
        <p className="form-alert" role="status">
          {state.message}
        </p>
      ) : null}
      <div className="field">
        <label htmlFor="new-topic">{labels.name}</label>
        <div className={styles.inlineForm}>
          <input
            id="new-topic"
            name="name"
            type="text"
            maxLength={60}
            required
            defaultValue={keptName(state)}
            aria-invalid={error ? true : undefined}
            aria-describedby="new-topic-error"
          />
          <button type="submit" className="button" disabled={pending}>
            {labels.add}
          </button>
        </div>
        <FieldError id="new-topic-error" message={error} />
      </div>
    </form>
  );
}

/** The topic's name as an input with its own save button; errors appear under it. */
export function RenameTopicForm({
  action,
  topicId,
  name,
  labels,
}: {
  action: TopicAction;
  topicId: string;
  name: string;
  labels: { name: string; rename: string; quoted: string };
}) {
  const [state, submit, pending] = useActionState(action, {});
  const error = state.errors?.name;
  const inputId = `topic-name-${topicId}`;
  return (
    <form action={submit} noValidate>
      <input type="hidden" name="topicId" value={topicId} />
      <label htmlFor={inputId} className="visually-hidden">
        {labels.name}
      </label>
      <div className={styles.inlineForm}>
        <input
          id={inputId}
          name="name"
          type="text"
          maxLength={60}
          required
          defaultValue={keptName(state, name)}
          aria-invalid={error ? true : undefined}
          aria-describedby={`${inputId}-error ${inputId}-status`}
        />
        <button type="submit" className="button button--quiet button--small" disabled={pending}>
          {labels.rename}
          <span className="visually-hidden"> {labels.quoted}</span>
        </button>
      </div>
      <FieldError id={`${inputId}-error`} message={error} />
      <p id={`${inputId}-status`} className="hint" role="status">
        {state.saved ? state.message : ""}
      </p>
    </form>
  );
}
