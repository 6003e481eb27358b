import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypeScript from "eslint-config-next/typescript";

const databaseClient = {
  group: ["**/db/client", "**/db/client.ts", "@/lib/db/client"],
  message: "Only data.ts and mutations.ts files talk to the database; call them instead.",
};
const generatedClient = {
  group: ["**/db/generated/**", "@/lib/db/generated/**"],
  message: "Import database types through lib/db, not the generated client.",
};

export default defineConfig([
  ...nextVitals,
  ...nextTypeScript,
  {
    rules: {
      "no-restricted-imports": ["error", { patterns: [databaseClient, generatedClient] }],
      "@typescript-eslint/no-unused-vars": ["error", { ignoreRestSiblings: true, argsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["**/data.ts", "**/mutations.ts", "tests/**", "scripts/**", "prisma/**"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [generatedClient] }],
    },
  },
  {
    files: ["lib/db/**"],
    rules: { "no-restricted-imports": "off" },
  },
  globalIgnores([".next/**", ".next-bench/**", "node_modules/**", "lib/db/generated/**", "data/**", "test-results/**", "playwright-report/**", "next-env.d.ts"]),
]);
