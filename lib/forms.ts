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

/** The first message for each field of a failed zod parse. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const fields = z.flattenError(error).fieldErrors as Record<string, string[] | undefined>;
  return Object.fromEntries(Object.entries(fields).flatMap(([field, messages]) => (messages?.[0] ? [[field, messages[0]]] : [])));
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
