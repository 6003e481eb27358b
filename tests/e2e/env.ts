import path from "node:path";

export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
export const E2E_BASE_URL = `http://127.0.0.1:${E2E_PORT}`;
/** Where scripts/e2e-server.mjs's SMTP server keeps what the app sends. */
export const E2E_MAIL_DIR = path.resolve(import.meta.dirname, "../.artifacts", `e2e-mail-${E2E_PORT}`);
/** The SQLite file scripts/e2e-server.mjs serves, for steps a test takes outside the browser. */
export const E2E_DATABASE_URL = `file:${path.resolve(import.meta.dirname, "../.artifacts", `e2e-${E2E_PORT}.db`)}`;
