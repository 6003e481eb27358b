import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import { DEFAULT_LOCALE, LOCALES } from "./languages";

// Every language has every English key, no other, each a valid ICU message with
// the same arguments; and every key is used somewhere in the code.

type Tree = { [key: string]: string | Tree };

const root = path.resolve(__dirname, "../..");
const read = (locale: string): Tree => JSON.parse(readFileSync(path.join(__dirname, "messages", `${locale}.json`), "utf8")) as Tree;

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const flat = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") flat.set(name, value);
    else for (const [inner, message] of flatten(value, name)) flat.set(inner, message);
  }
  return flat;
}

/** "count:plural", "name:argument", "b:tag" … for every argument a message takes. */
function argumentsOf(elements: MessageFormatElement[], found = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.argument) found.add(`${element.value}:argument`);
    if (element.type === TYPE.number || element.type === TYPE.date || element.type === TYPE.time) found.add(`${element.value}:${TYPE[element.type]}`);
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      found.add(`${element.value}:${TYPE[element.type]}`);
      for (const option of Object.values(element.options)) argumentsOf(option.value, found);
    }
    if (element.type === TYPE.tag) {
      found.add(`${element.value}:tag`);
      argumentsOf(element.children, found);
    }
  }
  return found;
}

const parseMessage = (message: string) => parse(message, { requiresOtherClause: true });

const english = flatten(read(DEFAULT_LOCALE));

describe.each(LOCALES)("messages in %s", (locale) => {
  const messages = flatten(read(locale));

  it("has every key English has, and no other", () => {
    expect(
      [...messages.keys()].filter((key) => !english.has(key)),
      "keys English does not have",
    ).toEqual([]);
    expect(
      [...english.keys()].filter((key) => !messages.has(key)),
      "missing keys",
    ).toEqual([]);
  });

  it("has valid ICU messages with English's arguments", () => {
    const mismatched: string[] = [];
    for (const [key, message] of messages) {
      const source = english.get(key);
      if (source === undefined) continue;
      const theirs = [...argumentsOf(parseMessage(message))].sort();
      const ours = [...argumentsOf(parseMessage(source))].sort();
      if (theirs.join() !== ours.join()) mismatched.push(`${key}: ${theirs.join(" ")} ≠ ${ours.join(" ")}`);
    }
    expect(mismatched).toEqual([]);
  });

  it("has no empty message", () => {
    expect([...messages].filter(([, message]) => message.trim() === "").map(([key]) => key)).toEqual([]);
  });
});

function sourceFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const full = path.join(directory, name);
    if (statSync(full).isDirectory()) return name === "generated" || name === "messages" ? [] : sourceFiles(full);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [full] : [];
  });
}

describe("message keys", () => {
  const source = ["app", "components", "lib", "proxy.ts"]
    .flatMap((entry) => (entry.endsWith(".ts") ? [path.join(root, entry)] : sourceFiles(path.join(root, entry))))
    .map((file) => readFileSync(file, "utf8"))
    .join("\n");
  const literals = new Set([...source.matchAll(/["'`]([\w.-]+)["'`]/g)].map((match) => match[1]!));
  // `stage.${value}`: a family of keys chosen at run time by its prefix.
  const families = [...source.matchAll(/`([\w.-]+)\.\$\{/g)].map((match) => `${match[1]!}.`);

  /** Used when some split into namespace and key appears in the code: the namespace as a string, the key as a string or a family. */
  function used(key: string): boolean {
    const segments = key.split(".");
    for (let cut = 1; cut < segments.length; cut++) {
      const namespace = segments.slice(0, cut).join(".");
      const rest = segments.slice(cut).join(".");
      if (literals.has(namespace) && (literals.has(rest) || families.some((family) => rest.startsWith(family)))) return true;
    }
    return false;
  }

  it("are all used by the code", () => {
    expect([...english.keys()].filter((key) => !used(key))).toEqual([]);
  });
});
