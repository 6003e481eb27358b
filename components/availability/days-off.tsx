"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { FormState } from "@/lib/forms";
import { FieldError } from "../field-error";
import styles from "./availability.module.css";
import { EntryList } from "./entry-list";
import { FormMessage } from "./form-message";

interface Props {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  entries: { id: string; label: string }[];
  today: string;
}

/** Days off and holidays: the upcoming ones with Remove buttons, and a form to add some. */
export function DaysOff({ action, entries, today }: Props) {
  const t = useTranslations("availability.daysOff");
  const [state, submit, pending] = useActionState(action, {});
  const values = state.values ?? {};
  const errors = state.errors ?? {};
  const text = (name: string) => (typeof values[name] === "string" ? (values[name] as string) : "");
  const describedBy = (name: string, hint?: boolean) => [hint ? `off-${name}-hint` : null, `off-${name}-error`].filter(Boolean).join(" ");
  return (
    <>
      <EntryList entries={entries} submit={submit} pending={pending} label={t("list")} empty={t("empty")} />
      <FormMessage state={state} />
      <form action={submit} className={`form ${styles.add}`} noValidate>
        <fieldset className="field">
          <legend>{t("legend")}</legend>
          <div className={styles.inline}>
            <div className="field">
              <label htmlFor="off-startDate">{t("firstDay")}</label>
              <input
                type="date"
                id="off-startDate"
                name="startDate"
                min={today}
                defaultValue={text("startDate")}
                aria-invalid={errors.startDate ? true : undefined}
                aria-describedby={describedBy("startDate")}
              />
              <FieldError id="off-startDate-error" message={errors.startDate} />
            </div>
            <div className="field">
              <label htmlFor="off-endDate">{t("lastDay")}</label>
              <input
                type="date"
                id="off-endDate"
                name="endDate"
                min={today}
                defaultValue={text("endDate")}
                aria-invalid={errors.endDate ? true : undefined}
                aria-describedby={describedBy("endDate", true)}
              />
              <p id="off-endDate-hint" className="hint">
                {t("lastDayHint")}
              </p>
              <FieldError id="off-endDate-error" message={errors.endDate} />
            </div>
          </div>
          <div className="field">
            <label htmlFor="off-note">{t("note")}</label>
            <input
              type="text"
              id="off-note"
              name="note"
              maxLength={100}
              defaultValue={text("note")}
              aria-invalid={errors.note ? true : undefined}
              aria-describedby={describedBy("note", true)}
            />
            <p id="off-note-hint" className="hint">
              {t("noteHint")}
            </p>
            <FieldError id="off-note-error" message={errors.note} />
          </div>
        </fieldset>
        <div>
          <button type="submit" className="button" disabled={pending}>
            {t("add")}
          </button>
        </div>
      </form>
    </>
  );
}
