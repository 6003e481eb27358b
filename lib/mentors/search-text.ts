/** The fields of a mentor profile that the directory search looks through. */
export interface SearchableProfile {
  displayName: string;
  headline: string;
  bio: string;
  coopName?: string | null;
}

/**
 * One lower-cased string per profile, stored in `searchText`, so a plain
 * `contains` on a lower-cased query behaves the same on SQLite and PostgreSQL.
 */
export function mentorSearchText(profile: SearchableProfile): string {
  return [profile.displayName, profile.headline, profile.bio, profile.coopName]
    .filter((part): part is string => Boolean(part?.trim()))
    .join(" ")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}

/**
 * A directory query as the search compares it with `searchText`: lower case,
 * single spaces. So "Brewery  Co-op" finds what "brewery co-op" finds, and both
 * are one entry in the directory's caches.
 */
export function searchTerms(q: string): string {
  return q.replace(/\s+/g, " ").trim().toLowerCase();
}
