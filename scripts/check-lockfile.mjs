// Fails when package-lock.json no longer matches package.json, so that `npm ci`
// (which refuses such a lock file) keeps working on a fresh machine: every
// declared dependency recorded with the same spec, and every optional
// dependency of a locked package (other platforms' binaries included) locked too.
import { readFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const manifest = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8"));
const lock = JSON.parse(readFileSync(path.join(root, "package-lock.json"), "utf8"));
const problems = [];
const locked = lock.packages?.[""] ?? {};

for (const field of ["dependencies", "devDependencies", "optionalDependencies"]) {
  const wanted = manifest[field] ?? {};
  const recorded = locked[field] ?? {};
  for (const [name, spec] of Object.entries(wanted)) {
    if (recorded[name] !== spec) problems.push(`${field}.${name}: package.json asks for ${spec}, the lock file records ${recorded[name] ?? "nothing"}`);
    if (!lock.packages[`node_modules/${name}`]) problems.push(`${name} is not in the lock file`);
  }
  for (const name of Object.keys(recorded)) if (!(name in wanted)) problems.push(`${field}.${name} is in the lock file but not in package.json`);
}

const entries = new Set(Object.keys(lock.packages ?? {}).map((key) => key.replace(/^.*node_modules\//, "")));
for (const [key, entry] of Object.entries(lock.packages ?? {})) {
  for (const name of Object.keys(entry.optionalDependencies ?? {})) {
    if (!entries.has(name)) problems.push(`${key || "the project"}: optional dependency ${name} is not in the lock file`);
  }
}

if (problems.length) {
  console.error(`package-lock.json is out of step with package.json (run npm install and commit the lock file):\n  ${problems.join("\n  ")}`);
  process.exit(1);
}
console.log("package-lock.json matches package.json.");
