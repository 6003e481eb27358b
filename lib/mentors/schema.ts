import { z } from "zod";
import { searchTerms } from "./search-text";

const optional = z
  .string()
  .trim()
  .max(80)
  .transform((value) => value || undefined)
  .optional()
  .catch(undefined);

/** Directory filters from the URL. Anything malformed is ignored rather than refused: these are shareable links. */
export const directoryQuerySchema = z.object({
  q: optional,
  topic: optional,
  language: optional,
  country: optional.transform((value) => value?.toUpperCase()),
  within: z.coerce
    .number()
    .pipe(z.union([z.literal(7), z.literal(14), z.literal(30)]))
    .optional()
    .catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});

export type DirectoryQuery = z.infer<typeof directoryQuerySchema>;

export const DIRECTORY_PAGE_SIZE = 24;

/**
 * The key the directory's in-process caches keep a page of results under, with
 * whatever else the results depend on (the viewer's zone and window). Queries
 * the search cannot tell apart share one, so spelling a query differently
 * cannot push other pages out of those small caches.
 */
export function directoryCacheKey(query: { q?: string }, ...viewer: string[]): string {
  return JSON.stringify([{ ...query, q: query.q && searchTerms(query.q) }, ...viewer]);
}
