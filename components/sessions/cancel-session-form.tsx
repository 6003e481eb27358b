"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FieldError } from "@/components/field-error";
import { cancelSession } from "@/lib/sessions/actions";
import { REASON_MAX, type CancelSessionState } from "@/lib/sessions/schema";
import styles from "./sessions.module.css";
import { FormAlert } from "@/components/form-alert";

const initial: CancelSessionState = {};

/**
 * Tucked into a disclosure so a stray tap cannot cancel; works without JavaScript.
 * Open from the start when the volunteer came from their reminder's "I can't make it".
 */
export function CancelSessionForm({ bookingId, founderName, opened = false }: { bookingId: string; founderName: string; opened?: boolean }) {
  const t = useTranslations("sessions.cancel");
  const [state, submit, pending] = useActionState(cancelSession, initial);
  const id = `cancel-${bookingId}`;
  const reason = state.values?.reason;
  return (
    <details id={id} className={styles.cancel} open={state.message || opened ? true : undefined}>
      <summary>{t("summary")}</summary>
      <form action={submit} className="form" noValidate>
        <FormAlert message={state.message} />
        <input type="hidden" name="bookingId" value={bookingId} />
        <div className="field">
          <label htmlFor={`${id}-reason`}>{t("reason")}</label>
          <textarea
            id={`${id}-reason`}
            name="reason"
            rows={3}
            maxLength={REASON_MAX}
            required
            defaultValue={typeof reason === "string" ? reason : undefined}
            aria-invalid={state.errors?.reason ? true : undefined}
            aria-describedby={`${id}-hint ${id}-error`}
          />
          <p id={`${id}-hint`} className="hint">
            {t("hint", { founder: founderName })}
          </p>
          <FieldError id={`${id}-error`} message={state.errors?.reason} />
        </div>
        <div>
          <button type="submit" className="button button--danger" disabled={pending}>
            {t("submit", { founder: founderName })}
          </button>
        </div>
      </form>
    </details>
  );
}
