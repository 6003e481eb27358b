/**
 * Keeps both databases' schemas and migrations derived from prisma/schema.prisma.
 *
 *   npm run db:migration -- add_feed_tokens   write a migration for SQLite and PostgreSQL
 *   npm run db:migration -- --check           fail if anything derived is stale
 *
 * `prisma migrate dev` cannot be used here (it needs a shadow database, which the
 * JavaScript schema engine cannot create on PostgreSQL); `migrate diff` between
 * the last derived schema and the new one only needs a PostgreSQL server to
 * connect to (MIGRATION_POSTGRES_URL, by default the local one).
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

export const PROVIDERS = ["sqlite", "postgres"] as const;
export type Provider = (typeof PROVIDERS)[number];

const root = path.resolve(import.meta.dirname, "..");
const prismaDir = path.join(root, "prisma");
const sourceFile = path.join(prismaDir, "schema.prisma");

const placeholderUrl: Record<Provider, string> = {
  sqlite: "file:../../data/candle.db",
  postgres: "postgresql://localhost:5432/candle",
};

export function schemaFile(provider: Provider) {
  return path.join(prismaDir, provider, "schema.prisma");
}

export function migrationsDir(provider: Provider) {
  return path.join(prismaDir, provider, "migrations");
}

/** The provider's schema: the source with its own provider, URL and client output. */
export function deriveSchema(source: string, provider: Provider): string {
  const banner = "// Generated from prisma/schema.prisma by scripts/db-migration.ts. Do not edit.\n";
  const replaced = source
    .replace(/output\s*=\s*"[^"]*"/, `output          = "../../lib/db/generated/${provider}"`)
    .replace(/provider\s*=\s*"sqlite"/, `provider = "${provider === "postgres" ? "postgresql" : "sqlite"}"`)
    .replace(/url\s*=\s*"[^"]*"/, `url      = "${placeholderUrl[provider]}"`);
  return banner + replaced.replace(/^(\/\/.*\n)+\n/, "");
}

function readSource() {
  return readFileSync(sourceFile, "utf8");
}

/** Hand-written SQL statements (partial indexes and the like) every database must carry. */
export function constraintStatements(): string[] {
  return readFileSync(path.join(prismaDir, "constraints.sql"), "utf8")
    .split(/;\s*$/m)
    .map((statement) => statement.replace(/^\s*--.*$/gm, "").trim())
    .filter(Boolean)
    .map((statement) => `${statement};`);
}

function constrainedTable(statement: string): string | undefined {
  return /\bON\s+"([^"]+)"/i.exec(statement)?.[1];
}

export function migrationSql(provider: Provider): string {
  const dir = migrationsDir(provider);
  if (!existsSync(dir)) return "";
  return readdirSync(dir)
    .filter((name) => existsSync(path.join(dir, name, "migration.sql")))
    .sort()
    .map((name) => readFileSync(path.join(dir, name, "migration.sql"), "utf8"))
    .join("\n");
}

const squash = (sql: string) => sql.replace(/\s+/g, " ").trim();

/** What is out of date, in words; empty when everything derived matches the source. */
export function staleParts(): string[] {
  const source = readSource();
  const problems: string[] = [];
  for (const provider of PROVIDERS) {
    const file = schemaFile(provider);
    if (!existsSync(file) || readFileSync(file, "utf8") !== deriveSchema(source, provider)) {
      problems.push(`prisma/${provider}/schema.prisma differs from prisma/schema.prisma`);
    }
    const applied = squash(migrationSql(provider));
    for (const statement of constraintStatements()) {
      if (!applied.includes(squash(statement))) {
        problems.push(`prisma/${provider}/migrations lack: ${statement.split("\n")[0]}`);
      }
    }
  }
  return problems;
}

function diff(provider: Provider, from: string | null, to: string): string {
  // The JavaScript schema engine opens a connection even to diff two files.
  const postgresUrl = process.env.MIGRATION_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
  const env = { ...process.env, DATABASE_URL: provider === "postgres" ? postgresUrl : "file:./data/migration-diff.db" };
  const args = ["prisma", "migrate", "diff", "--script", "--to-schema-datamodel", to];
  args.push(...(from ? ["--from-schema-datamodel", from] : ["--from-empty"]));
  const sql = execFileSync("npx", args, { cwd: root, env, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
  // The schema is chosen by the connection (search_path), never named in migrations.
  return sql.replace(/^-- CreateSchema\nCREATE SCHEMA IF NOT EXISTS "public";\n\n/m, "");
}

function writeMigration(name: string) {
  const source = readSource();
  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  const folder = `${stamp}_${name}`;
  for (const provider of PROVIDERS) {
    // The CLI reads the schema named in prisma.config.ts, so the new schema goes
    // in place first and the previous one is diffed from a copy.
    const file = schemaFile(provider);
    const previous = existsSync(file) ? readFileSync(file, "utf8") : null;
    const previousFile = path.join(prismaDir, provider, "schema.previous.prisma");
    if (previous) writeFileSync(previousFile, previous);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, deriveSchema(source, provider));
    let sql: string;
    try {
      sql = diff(provider, previous ? previousFile : null, file);
    } catch (error) {
      if (previous) writeFileSync(file, previous);
      throw error;
    } finally {
      rmSync(previousFile, { force: true });
    }
    if (/^(-- This is an empty migration\.)?\s*$/.test(sql)) sql = "";
    const applied = squash(migrationSql(provider));
    // SQLite alters a table by copying it into a new one, which loses every index
    // Prisma does not know about: such statements are added again after the copy.
    const missing = constraintStatements().filter(
      (statement) => !applied.includes(squash(statement)) || sql.includes(`DROP TABLE "${constrainedTable(statement)}";`),
    );
    if (missing.length) sql += `\n-- From prisma/constraints.sql\n${missing.join("\n\n")}\n`;
    if (!sql.trim()) {
      console.log(`${provider}: no changes`);
      continue;
    }
    mkdirSync(path.join(migrationsDir(provider), folder), { recursive: true });
    writeFileSync(path.join(migrationsDir(provider), folder, "migration.sql"), sql);
    writeFileSync(
      path.join(migrationsDir(provider), "migration_lock.toml"),
      `# Written by scripts/db-migration.ts\nprovider = "${provider === "postgres" ? "postgresql" : "sqlite"}"\n`,
    );
    console.log(`${provider}: wrote prisma/${provider}/migrations/${folder}`);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) {
  const arg = process.argv[2];
  if (arg === "--check") {
    const problems = staleParts();
    for (const problem of problems) console.error(problem);
    if (problems.length) {
      console.error("Run `npm run db:migration -- <name>` to bring them up to date.");
      process.exit(1);
    }
  } else if (arg && /^[a-z0-9_]+$/.test(arg)) {
    writeMigration(arg);
  } else {
    console.error("Usage: npm run db:migration -- <snake_case_name> | --check");
    process.exit(2);
  }
}
