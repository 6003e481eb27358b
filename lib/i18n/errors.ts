import "server-only";
import type { Messages } from "next-intl";
import { getTranslations } from "next-intl/server";
import type { ErrorTranslator } from "../forms";

/**
 * A form's error messages in the request's language: `namespace` holds the keys
 * its schema uses ("booking.errors"). A message that is not a key (a refinement
 * that spelled its words out) is shown as it is.
 */
export async function errorTranslator(namespace: NestedNamespace): Promise<ErrorTranslator> {
  const t = await getTranslations(namespace as never);
  return (key, values) => (t.has(key as never) ? t(key as never, values as never) : key);
}

type Paths<T> = { [K in keyof T & string]: T[K] extends string ? never : K | `${K}.${Paths<T[K]>}` }[keyof T & string];
type NestedNamespace = Paths<Messages>;
