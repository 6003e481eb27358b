import { z } from "zod";

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
