"use client";

import { startTransition, useActionState, useState, type FormEvent } from "react";
import type { FormState } from "@/lib/forms";
import type { DirectoryMentor } from "@/lib/mentors/data";
import { previewCard, readFormValues, type ProfileFormValues } from "@/lib/mentors/profile-preview";
import { MentorCard } from "./mentor-card";
import { ProfileFields, type ProfileFieldOptions } from "./profile-fields";
import styles from "./profile-editor.module.css";
import { FormAlert } from "@/components/form-alert";

interface Props {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  options: ProfileFieldOptions & { topics: { id: string; slug: string; name: string }[] };
  /** The saved profile: the preview's starting point and the form's values. */
  saved: DirectoryMentor;
  values: Record<string, string | string[]>;
}

export function ProfileEditor({ action, options, saved, values: savedValues }: Props) {
  const [state, submit, pending] = useActionState(action, {});
  const [typed, setTyped] = useState<ProfileFormValues | null>(null);
  const values = state.values ?? savedValues;
  const errors = state.errors ?? {};

  // Submitting by hand keeps what is typed in place: React would otherwise reset
  // the form after the action, and a <select> resets to its first default.
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    startTransition(() => submit(form));
  }

  return (
    <div className={styles.editor}>
      <form action={submit} onSubmit={onSubmit} onChange={(event) => setTyped(readFormValues(new FormData(event.currentTarget)))} className="form" noValidate>
        <FormAlert message={state.saved ? null : state.message} />
        <ProfileFields values={values} errors={errors} options={options} />
        <div className={styles.submit}>
          <button type="submit" className="button" disabled={pending}>
            {pending ? "Saving…" : "Save profile"}
          </button>
          <p role="status" className={styles.saved}>
            {state.saved ? state.message : null}
          </p>
        </div>
      </form>
      <section className={styles.preview} aria-labelledby="preview-title">
        <h2 id="preview-title">Preview</h2>
        <p className="hint">Your card in the directory, as founders see it.</p>
        <MentorCard mentor={previewCard(saved, typed ?? values, options.topics)} zone={saved.timeZone} />
      </section>
    </div>
  );
}
