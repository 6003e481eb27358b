import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypeScript from "eslint-config-next/typescript";

// The code's own rules, enforced here rather than hoped for (README, "Architecture").

const databaseClient = {
  group: ["**/db/client", "**/db/client.ts", "@/lib/db/client"],
  message: "Only data.ts and mutations.ts files talk to the database; call them instead.",
};
const generatedClient = {
  group: ["**/db/generated/**", "@/lib/db/generated/**"],
  message: "Import database types through lib/db, not the generated client.",
};
const dataModules = {
  group: ["@/lib/*/data", "@/lib/*/mutations", "**/lib/*/data", "**/lib/*/mutations"],
  message: "Pages and components read through loaders and change things through actions, never data.ts or mutations.ts.",
  allowTypeImports: true,
};
const sessionChecks = {
  group: ["@/lib/auth/session", "**/lib/auth/session"],
  message: "Who is signed in is checked in loaders and actions: call a loader that does it.",
};
const emailTemplates = {
  group: ["@/lib/email/templates/*", "**/lib/email/templates/*"],
  message: "Pages never show words written for emails; shared labels live in lib/format.",
};

const cacheInvalidation = {
  name: "next/cache",
  importNames: ["revalidatePath", "revalidateTag", "updateTag"],
  message: "Say what changed with lib/cache/invalidate.ts (mentorChanged, topicsChanged…), from the mutation that changed it.",
};
const restrictedImports = (...patterns) => ["error", { patterns, paths: [cacheInvalidation] }];

/**
 * Domains from the bottom up: a domain imports only from the layers below its
 * own, so there are no cycles between them and each layer can be read alone.
 */
const LAYERS = [
  ["db", "security", "cache", "i18n"],
  ["format"],
  ["http", "email", "audit"],
  ["antibot"],
  ["auth"],
  ["locale", "accounts"],
  ["calendar", "availability"],
  ["mentors", "calendars"],
  ["bookings", "stats"],
  [
    "sessions",
    "volunteers",
    "topics",
    "applications",
    "audit-log",
    "ops",
    "reminders",
    "feedback",
    "co-founders",
    "waitlist",
    "retention",
    "my-data",
    "privacy",
  ],
];
const layerZones = LAYERS.flatMap((layer, index) =>
  layer.map((domain) => ({
    target: `./lib/${domain}`,
    from: [
      ...LAYERS.slice(index + 1)
        .flat()
        .map((higher) => `./lib/${higher}`),
      "./lib/background.ts",
    ],
    message: `lib/${domain} sits below these domains (see LAYERS in eslint.config.mjs): move the shared piece down instead.`,
  })),
);

export default defineConfig([
  ...nextVitals,
  ...nextTypeScript,
  {
    rules: {
      "no-restricted-imports": "off",
      "@typescript-eslint/no-restricted-imports": restrictedImports(databaseClient, generatedClient),
      "@typescript-eslint/no-unused-vars": ["error", { ignoreRestSiblings: true, argsIgnorePattern: "^_" }],
      "import/no-cycle": ["error", { ignoreExternal: true }],
    },
  },
  {
    files: ["app/**", "components/**"],
    rules: {
      "@typescript-eslint/no-restricted-imports": restrictedImports(databaseClient, generatedClient, dataModules, sessionChecks, emailTemplates),
    },
  },
  {
    // Words on a page come from the messages (lib/i18n/messages): only the name and punctuation are written in JSX.
    files: ["app/**/*.tsx", "components/**/*.tsx"],
    ignores: ["**/*.bench.tsx", "**/*.test.tsx"],
    rules: {
      "react/jsx-no-literals": ["error", { noStrings: false, ignoreProps: true, allowedStrings: ["Candle", "·", "(", ")", ":", ".", "–"] }],
    },
  },
  {
    files: ["lib/**"],
    rules: {
      "import/no-restricted-paths": ["error", { zones: layerZones }],
      "no-restricted-syntax": [
        "error",
        {
          selector: "MemberExpression[property.name='auditLog']",
          message: "Audit rows are written by recordAudit (lib/audit/mutations.ts) and read by lib/audit-log/data.ts only.",
        },
      ],
    },
  },
  {
    files: ["lib/audit/mutations.ts", "lib/audit-log/data.ts"],
    rules: { "no-restricted-syntax": "off" },
  },
  {
    files: ["**/data.ts", "**/mutations.ts", "tests/**", "scripts/**", "prisma/**"],
    rules: {
      "@typescript-eslint/no-restricted-imports": restrictedImports(generatedClient),
    },
  },
  {
    files: ["lib/db/**", "lib/cache/invalidate.ts"],
    rules: { "@typescript-eslint/no-restricted-imports": "off" },
  },
  globalIgnores([
    ".next/**",
    ".next-bench/**",
    "node_modules/**",
    "lib/db/generated/**",
    "data/**",
    "test-results/**",
    "playwright-report/**",
    "next-env.d.ts",
  ]),
]);
