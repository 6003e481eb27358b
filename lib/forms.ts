import { z } from "zod";

/** What every form's server action hands back when it does not redirect. */
export interface FormState<Field extends string = string> {
  message?: string;
  /** Set when the action succeeded and the form stays on the page. */
  saved?: boolean;
  errors?: Partial<Record<Field, string>>;
  /** What was typed, so nothing is lost when the form comes back. */
  values?: Record<string, string | string[] | undefined>;
}

/** Words for a schema's message key, in the reader's language (lib/i18n/errors.ts makes one). */
export type ErrorTranslator = (key: string, values: Record<string, string | number>) => string;

/**
 * The first message for each field of a failed zod parse. A schema's messages
 * are keys of its form's messages ("nameTooLong"); `translate` turns each into
 * words, given the check's own figures (`maximum`, `minimum`) and any `params`
 * a refinement added. Without it the keys come back as they are.
 */
export function fieldErrors(error: z.ZodError, translate?: ErrorTranslator): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = issue.path[0];
    if (field === undefined || typeof field === "symbol" || Object.hasOwn(errors, field)) continue;
    const values: Record<string, string | number> = {
      ...(issue.code === "custom" ? (issue.params as Record<string, string | number> | undefined) : undefined),
    };
    if (issue.code === "too_big") values.maximum = Number(issue.maximum);
    if (issue.code === "too_small") values.minimum = Number(issue.minimum);
    errors[field] = translate ? translate(issue.message, values) : issue.message;
  }
  return errors;
}

/** Every text field of a form as typed (repeated fields as lists), for re-filling it. */
export function formValues(form: FormData): Record<string, string | string[]> {
  const values: Record<string, string | string[]> = {};
  for (const key of new Set(form.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const all = form.getAll(key).filter((value): value is string => typeof value === "string");
    values[key] = all.length > 1 ? all : (all[0] ?? "");
  }
  return values;
}
