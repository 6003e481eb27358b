import type { DirectoryMentor } from "./data";

export type ProfileFormValues = Record<string, string | string[] | undefined>;

const one = (values: ProfileFormValues, name: string) => {
  const value = values[name];
  return (typeof value === "string" ? value : "").trim();
};
const many = (values: ProfileFormValues, name: string) => {
  const value = values[name];
  return Array.isArray(value) ? value : value ? [value] : [];
};

/**
 * The directory card as it would look with these form values: what the editor's
 * preview shows while the volunteer types. Unchanged parts (slug, next free slot)
 * come from the saved profile; topics keep the organisers' order.
 */
export function previewCard(saved: DirectoryMentor, values: ProfileFormValues, topics: { id: string; slug: string; name: string }[]): DirectoryMentor {
  const chosen = new Set(many(values, "topics"));
  return {
    ...saved,
    displayName: one(values, "displayName") || "Your name",
    pronouns: one(values, "pronouns") || null,
    headline: one(values, "headline") || "Your headline",
    coopName: one(values, "coopName") || null,
    coopUrl: one(values, "coopUrl") || null,
    country: one(values, "country") || saved.country,
    timeZone: one(values, "timeZone") || saved.timeZone,
    languages: [...new Set(many(values, "languages"))].sort(),
    topics: topics.filter((topic) => chosen.has(topic.id)).map(({ slug, name }) => ({ slug, name })),
  };
}

/** The profile form's fields as they are now, for the preview. */
export function readFormValues(form: FormData): ProfileFormValues {
  const values: ProfileFormValues = {};
  for (const key of new Set(form.keys())) {
    const all = form.getAll(key).filter((value): value is string => typeof value === "string");
    values[key] = key === "topics" || key === "languages" ? all : all[0];
  }
  return values;
}

/** A saved profile as the editor's form values. */
export function profileFormValues(
  profile: DirectoryMentor & { bio: string; meetingUrl: string | null; topicIds: string[] },
): Record<string, string | string[]> {
  return {
    displayName: profile.displayName,
    pronouns: profile.pronouns ?? "",
    headline: profile.headline,
    bio: profile.bio,
    timeZone: profile.timeZone,
    country: profile.country,
    languages: profile.languages,
    topics: profile.topicIds,
    coopName: profile.coopName ?? "",
    coopUrl: profile.coopUrl ?? "",
    meetingUrl: profile.meetingUrl ?? "",
  };
}
