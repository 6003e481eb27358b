import { countryName, languageName } from "@/lib/format/names";
import type { DirectoryQuery } from "@/lib/mentors/schema";

interface Props {
  query: DirectoryQuery;
  zone: string;
  /** The visitor chose the zone (it is in the URL), so filtering keeps it. */
  explicitZone: boolean;
  /** A daytime window the URL carries ("08-21"), kept the same way; one remembered in the cookie needs no field. */
  between?: string;
  topics: { slug: string; name: string }[];
  languages: string[];
  countries: string[];
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, "en");

/** A GET form: the filters live in the URL, so results can be shared and the back button works. */
export function DirectoryFilters({ query, zone, explicitZone, between, topics, languages, countries }: Props) {
  return (
    <form method="get" action="/mentors" className="filters" role="search" aria-label="Filter mentors">
      <div className="field field--wide">
        <label htmlFor="q">Search</label>
        <input id="q" name="q" type="search" defaultValue={query.q} placeholder="Name, co-op or experience" />
      </div>
      <div className="field">
        <label htmlFor="topic">Topic</label>
        <select id="topic" name="topic" defaultValue={query.topic ?? ""}>
          <option value="">Any topic</option>
          {topics.map((topic) => (
            <option key={topic.slug} value={topic.slug}>
              {topic.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="language">Language</label>
        <select id="language" name="language" defaultValue={query.language ?? ""}>
          <option value="">Any language</option>
          {languages
            .map((code) => ({ code, name: languageName(code) }))
            .sort(byName)
            .map(({ code, name }) => (
              <option key={code} value={code}>
                {name}
              </option>
            ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="country">Country</label>
        <select id="country" name="country" defaultValue={query.country ?? ""}>
          <option value="">Anywhere</option>
          {countries
            .map((code) => ({ code, name: countryName(code) }))
            .sort(byName)
            .map(({ code, name }) => (
              <option key={code} value={code}>
                {name}
              </option>
            ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="within">Free time</label>
        <select id="within" name="within" defaultValue={query.within ? String(query.within) : ""}>
          <option value="">Any time</option>
          <option value="7">In the next 7 days</option>
          <option value="14">In the next 14 days</option>
          <option value="30">In the next 30 days</option>
        </select>
      </div>
      {explicitZone ? <input type="hidden" name="tz" value={zone} /> : null}
      {between ? <input type="hidden" name="between" value={between} /> : null}
      <div className="filters__actions">
        <button type="submit" className="button">
          Show mentors
        </button>
      </div>
    </form>
  );
}
