import { inject } from "vitest";

// Runs before each test file imports the app, so lib/config.ts sees this database.
process.env.DATABASE_URL = inject("databaseUrl");
// PostgreSQL runs need a secret shared by every instance; the tests are one instance with this one.
process.env.NEXTAUTH_SECRET ??= "integration-tests-only-secret-0123456789";
