import { inject } from "vitest";

// Runs before each test file imports the app, so lib/config.ts sees this database.
process.env.DATABASE_URL = inject("databaseUrl");
