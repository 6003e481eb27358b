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

/** One-off extra times: the upcoming ones with Remove buttons, and a form to add one. */
export function ExtraSlots({ action, entries, today }: Props) {
  const t = useTranslations("availability.extra");
  const [state, submit, pending] = useActionState(action, {});
  const values = state.values ?? {};
  const errors = state.errors ?? {};
  const text = (name: string) => (typeof values[name] === "string" ? (values[name] as string) : "");
  const field = (name: string, label: string, type: "date" | "time") => (
    <div className="field">
      <label htmlFor={`extra-${name}`}>{label}</label>
      <input
        type={type}
        id={`extra-${name}`}
        name={name}
        min={type === "date" ? today : undefined}
        defaultValue={text(name)}
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={`extra-${name}-error`}
      />
      <FieldError id={`extra-${name}-error`} message={errors[name]} />
    </div>
  );
  return (
    <>
      <EntryList entries={entries} submit={submit} pending={pending} label={t("list")} empty={t("empty")} />
      <FormMessage state={state} />
      <form action={submit} className={`form ${styles.add}`} noValidate>
        <fieldset className="field">
          <legend>{t("legend")}</legend>
          <div className={styles.inline}>
            {field("date", t("date"), "date")}
            {field("from", t("from"), "time")}
            {field("to", t("to"), "time")}
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
