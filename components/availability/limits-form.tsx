"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { FormState } from "@/lib/forms";
import { LIMITS, SESSION_LENGTHS } from "@/lib/availability/schema";
import { FieldError } from "../field-error";
import styles from "./availability.module.css";
import { FormMessage } from "./form-message";

interface Props {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  saved: Record<string, string>;
}

type NumberName = keyof typeof LIMITS;

const numberFields: { name: NumberName; unit: "minutes" | "hours" | "days" | "sessions"; hint?: "minNoticeHoursHint" }[] = [
  { name: "bufferMinutes", unit: "minutes" },
  { name: "minNoticeHours", unit: "hours", hint: "minNoticeHoursHint" },
  { name: "horizonDays", unit: "days" },
  { name: "maxPerWeek", unit: "sessions" },
];

export function LimitsForm({ action, saved }: Props) {
  const t = useTranslations("availability.limits");
  const [state, submit, pending] = useActionState(action, {});
  const values = state.values ?? saved;
  const errors = state.errors ?? {};
  const text = (name: string) => {
    const value = values[name];
    return typeof value === "string" ? value : "";
  };
  return (
    <form action={submit} className="form" noValidate>
      <fieldset className="field" aria-describedby="sessionMinutes-error">
        <legend>{t("sessionLength")}</legend>
        <div className={`choices ${styles.lengths}`}>
          {SESSION_LENGTHS.map((minutes) => (
            <label key={minutes} className="choice">
              <input type="radio" name="sessionMinutes" value={minutes} defaultChecked={text("sessionMinutes") === String(minutes)} />
              {t("minutesChoice", { minutes })}
            </label>
          ))}
        </div>
        <FieldError id="sessionMinutes-error" message={errors.sessionMinutes} />
      </fieldset>

      <div className={styles.numbers}>
        {numberFields.map(({ name, unit, hint }) => {
          const { min, max } = LIMITS[name];
          return (
            <div key={name} className="field">
              <label htmlFor={name}>{t(name)}</label>
              <span className={styles.unit}>
                <input
                  type="number"
                  inputMode="numeric"
                  id={name}
                  name={name}
                  min={min}
                  max={max}
                  step={1}
                  defaultValue={text(name)}
                  aria-invalid={errors[name] ? true : undefined}
                  aria-describedby={`${name}-hint ${name}-error`}
                />
                <span aria-hidden="true">{t("unit", { unit })}</span>
              </span>
              <p id={`${name}-hint`} className="hint">
                {hint ? `${t(hint)} ` : ""}
                {t("range", { unit, min, max })}
              </p>
              <FieldError id={`${name}-error`} message={errors[name]} />
            </div>
          );
        })}
      </div>

      <div className="field">
        <label className="choice">
          <input type="checkbox" name="pause" value="yes" defaultChecked={text("pause") === "yes"} aria-describedby="pause-hint" />
          <strong>{t("pause")}</strong>
        </label>
        <p id="pause-hint" className="hint">
          {t("pauseHint")}
        </p>
      </div>

      <FormMessage state={state} />
      <div>
        <button type="submit" className="button" disabled={pending}>
          {t("save")}
        </button>
      </div>
    </form>
  );
}
