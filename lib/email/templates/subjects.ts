import { LOCALES } from "../../i18n/languages";
import { loadMessages } from "../../i18n/messages";

// An erased message keeps its subject without the names in it. English subjects
// name people after "with" or "when" (lib/retention/schedule.ts); in other
// languages names sit anywhere ("Anaさんとのセッション…"), so the subject is
// matched against every language's subject messages and their name arguments
// are replaced. Dates and counts stay: they say what kind of message it was.

const NAME_ARGUMENTS = new Set(["mentor", "founder", "other", "who", "label"]);

interface SubjectPattern {
  pattern: RegExp;
  /** Which captured arguments are names. */
  names: boolean[];
  literals: string[];
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function subjectPattern(message: string): SubjectPattern {
  const parts = message.split(/\{(\w+)\}/);
  const literals = parts.filter((_, index) => index % 2 === 0);
  const names = parts.filter((_, index) => index % 2 === 1).map((argument) => NAME_ARGUMENTS.has(argument));
  return { pattern: new RegExp(`^${literals.map(escapeRegExp).join("(.+?)")}$`, "s"), names, literals };
}

function subjectMessages(tree: unknown, found: string[] = []): string[] {
  if (tree && typeof tree === "object") {
    for (const [key, value] of Object.entries(tree)) {
      if (key === "subject" && typeof value === "string") found.push(value);
      else subjectMessages(value, found);
    }
  }
  return found;
}

let patterns: Promise<SubjectPattern[]> | undefined;

function allPatterns(): Promise<SubjectPattern[]> {
  patterns ??= Promise.all(LOCALES.map(loadMessages)).then((all) =>
    all
      .flatMap((messages) => subjectMessages(messages.email))
      .filter((message) => /\{(mentor|founder|other|who|label)\}/.test(message))
      .map(subjectPattern),
  );
  return patterns;
}

/** A subject with the names of people (and calendars) in it replaced by "…", in any of Candle's languages. */
export async function subjectWithoutNames(subject: string): Promise<string | null> {
  for (const { pattern, names, literals } of await allPatterns()) {
    const match = pattern.exec(subject);
    if (!match) continue;
    return literals.map((literal, index) => (index === 0 ? literal : `${names[index - 1] ? "…" : match[index]}${literal}`)).join("");
  }
  return null;
}
