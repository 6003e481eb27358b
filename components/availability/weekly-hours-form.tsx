"use client";

import { useLocale, useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { flushSync } from "react-dom";
import type { FormState } from "@/lib/forms";
import { dayName, rowName, WEEKDAYS } from "@/lib/availability/schema";
import { intlLocale, pickLocale } from "@/lib/i18n/languages";
import { FieldError } from "../field-error";
import styles from "./availability.module.css";
import { FormMessage } from "./form-message";
import { useHydrated } from "./use-hydrated";

interface Props {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  /** Saved hours as form values (w{weekday}-{row}-{from|to}). */
  saved: Record<string, string>;
  rowsPerDay: number;
}

/**
 * Weekly hours as a fixed grid of time inputs, blank rows ignored. Without
 * JavaScript every row shows; with it, each day shows its filled rows and an
 * "Add another range" button for the rest.
 */
export function WeeklyHoursForm({ action, saved, rowsPerDay }: Props) {
  const t = useTranslations("availability.weekly");
  const locale = pickLocale(useLocale());
  // 1 January 2024 was a Monday: weekday 1.
  const weekdayName = (weekday: number) =>
    new Intl.DateTimeFormat(intlLocale(locale), { weekday: "long", timeZone: "UTC" }).format(new Date(Date.UTC(2024, 0, weekday)));
  const [state, submit, pending] = useActionState(action, {});
  const [shown, setShown] = useState<Record<number, number>>({});
  const hydrated = useHydrated();
  const values = state.values ?? saved;
  const errors = state.errors ?? {};
  const text = (name: string) => {
    const value = values[name];
    return typeof value === "string" ? value : "";
  };
  const rows = Array.from({ length: rowsPerDay }, (_, row) => row);

  function showAnother(weekday: number, visible: number) {
    flushSync(() => setShown((current) => ({ ...current, [weekday]: visible + 1 })));
    document.getElementById(`${rowName(weekday, visible)}-from`)?.focus();
  }

  return (
    <form action={submit} className="form" noValidate>
      <p className="hint" id="hours-hint">
        {t("hint")}
      </p>
      <div className={styles.week}>
        {WEEKDAYS.map(({ weekday }) => {
          const name = weekdayName(weekday);
          const used = rows.filter((row) => text(`${rowName(weekday, row)}-from`) || text(`${rowName(weekday, row)}-to`) || errors[rowName(weekday, row)]);
          const visible = hydrated ? Math.min(rowsPerDay, Math.max(1, (used.at(-1) ?? -1) + 1, shown[weekday] ?? 0)) : rowsPerDay;
          return (
            <fieldset key={weekday} className={styles.day} aria-describedby={`${dayName(weekday)}-error`}>
              <legend>{name}</legend>
              {rows.slice(0, visible).map((row) => {
                const key = rowName(weekday, row);
                const invalid = errors[key] ? true : undefined;
                const described = `${key}-error hours-hint`;
                return (
                  <div key={row} className={styles.range}>
                    <div className={styles.time}>
                      <label htmlFor={`${key}-from`}>
                        {t("from")}
                        <span className="visually-hidden"> {t("rangeOf", { day: name, row: row + 1 })}</span>
                      </label>
                      <input
                        type="time"
                        id={`${key}-from`}
                        name={`${key}-from`}
                        defaultValue={text(`${key}-from`)}
                        aria-invalid={invalid}
                        aria-describedby={described}
                      />
                    </div>
                    <div className={styles.time}>
                      <label htmlFor={`${key}-to`}>
                        {t("to")}
                        <span className="visually-hidden"> {t("rangeOf", { day: name, row: row + 1 })}</span>
                      </label>
                      <input
                        type="time"
                        id={`${key}-to`}
                        name={`${key}-to`}
                        defaultValue={text(`${key}-to`)}
                        aria-invalid={invalid}
                        aria-describedby={described}
                      />
                    </div>
                    <FieldError id={`${key}-error`} message={errors[key]} />
                  </div>
                );
              })}
              {visible < rowsPerDay ? (
                <button type="button" className="button button--quiet button--small" onClick={() => showAnother(weekday, visible)}>
                  {t("addRange")}
                  <span className="visually-hidden"> {t("addRangeOn", { day: name })}</span>
                </button>
              ) : null}
              <FieldError id={`${dayName(weekday)}-error`} message={errors[dayName(weekday)]} />
            </fieldset>
          );
        })}
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
