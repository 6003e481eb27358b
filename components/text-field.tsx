import type { InputHTMLAttributes, ReactNode } from "react";
import { FieldError } from "./field-error";

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "aria-invalid" | "aria-describedby"> & {
  id: string;
  label: ReactNode;
  /** Shown under the field and read with it (`${id}-hint`). */
  hint?: ReactNode;
  /** The field's problem, if any (`${id}-error`, announced politely). */
  error?: string;
};

/** One labelled text input with its hint and error message, wired for screen readers as every form here is. */
export function TextField({ id, label, hint, error, ...input }: Props) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} {...input} aria-invalid={error ? true : undefined} aria-describedby={hint ? `${id}-hint ${id}-error` : `${id}-error`} />
      {hint ? (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      ) : null}
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}
