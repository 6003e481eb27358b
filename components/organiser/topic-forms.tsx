"use client";

import { useActionState } from "react";
import { FieldError } from "@/components/field-error";
import type { FormState } from "@/lib/forms";
import styles from "./organiser.module.css";

type TopicAction = (state: FormState<"name">, form: FormData) => Promise<FormState<"name">>;

function keptName(state: FormState<"name">, fallback?: string) {
  return typeof state.values?.name === "string" ? state.values.name : fallback;
}

export function AddTopicForm({ action }: { action: TopicAction }) {
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
        <label htmlFor="new-topic">Name of the new topic</label>
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
            Add topic
          </button>
        </div>
        <FieldError id="new-topic-error" message={error} />
      </div>
    </form>
  );
}

/** The topic's name as an input with its own save button; errors appear under it. */
export function RenameTopicForm({ action, topicId, name }: { action: TopicAction; topicId: string; name: string }) {
  const [state, submit, pending] = useActionState(action, {});
  const error = state.errors?.name;
  const inputId = `topic-name-${topicId}`;
  return (
    <form action={submit} noValidate>
      <input type="hidden" name="topicId" value={topicId} />
      <label htmlFor={inputId} className="visually-hidden">
        Name of the topic “{name}”
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
          Rename<span className="visually-hidden"> “{name}”</span>
        </button>
      </div>
      <FieldError id={`${inputId}-error`} message={error} />
      <p id={`${inputId}-status`} className="hint" role="status">
        {state.saved ? state.message : ""}
      </p>
    </form>
  );
}
