import path from "node:path";
import { defineConfig, type TestProjectInlineConfiguration } from "vitest/config";

const root = import.meta.dirname;
const alias = {
  "@": root,
  // Server modules guard themselves with "server-only"; tests run them directly.
  "server-only": path.join(root, "tests/support/empty-module.ts"),
};

// Unit tests run in a zone with a 45-minute offset, so code that forgets to pass
// a time zone explicitly gives wrong answers instead of passing by accident.
const unitZone = "Asia/Kathmandu";

function integration(provider: "sqlite" | "postgres"): TestProjectInlineConfiguration {
  return {
    extends: true,
    test: {
      name: `integration-${provider}`,
      include: ["tests/integration/**/*.test.ts"],
      globalSetup: [`tests/support/database-${provider}.ts`],
      setupFiles: ["tests/support/integration-env.ts"],
      env: { TZ: unitZone },
      // Files share one database and one outbox; one file at a time keeps them independent.
      fileParallelism: false,
      testTimeout: 30_000,
      hookTimeout: 60_000,
      // Bundled rather than loaded by Node, so its own imports of next/navigation get the mocks above.
      server: { deps: { inline: ["next-intl"] } },
    },
  };
}

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["lib/**/*.test.ts", "components/**/*.test.{ts,tsx}", "scripts/**/*.test.ts", "prisma/**/*.test.ts"],
          env: { TZ: unitZone },
        },
      },
      integration("sqlite"),
      ...(process.env.TEST_POSTGRES_URL ? [integration("postgres")] : []),
    ],
  },
});
