import { defineConfig, devices } from "@playwright/test";

import { E2E_BASE_URL as baseURL, E2E_PORT as port } from "./tests/e2e/env";

// Debian's Chromium: Playwright's own browser download is not available here.
// The flags keep Chromium from phoning home, which the third-party check would catch.
const launchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
  ],
};

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "test-results",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: [["list"], ["json", { outputFile: "tests/.artifacts/playwright.json" }]],
  timeout: 60_000,
  use: { baseURL, trace: "retain-on-failure", launchOptions },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], launchOptions }, testIgnore: /cluster\.spec\.ts$/ },
    // Checks made over plain HTTP (no page), and those with a server of their own, run once, not once per screen size.
    {
      name: "phone",
      use: { ...devices["Pixel 7"], viewport: { width: 375, height: 740 }, launchOptions },
      testIgnore: /(fuzz|hardening|cluster|logs)\.spec\.ts$/,
    },
    // Two more servers of its own, timed to the millisecond: run once the others are done, on a quiet machine.
    { name: "cluster", testMatch: /cluster\.spec\.ts$/, dependencies: ["desktop", "phone"] },
  ],
  webServer: {
    command: `node scripts/e2e-server.mjs ${port}`,
    url: `${baseURL}/`,
    reuseExistingServer: false,
    timeout: 240_000,
    stdout: "ignore",
    stderr: "pipe",
  },
});
