import { test, expect, type APIRequestContext } from "@playwright/test";
import { postNoScriptForm } from "./support/forms";
import { startExtraServer, type ExtraServer } from "./support/server";

// Defences checked over HTTP against real servers, without a browser, as a
// script would attack them. Each test names the one defence it proves.

test.describe.configure({ mode: "serial" });

/** Asks for 21 sign-in links, rotating X-Forwarded-For, and says which were refused. */
async function signInRequests(request: APIRequestContext, baseURL: string, forwardedFor: (n: number) => string | undefined) {
  const refused: number[] = [];
  for (let n = 0; n < 21; n++) {
    const forwarded = forwardedFor(n);
    const response = await postNoScriptForm(
      request,
      `${baseURL}/signin`,
      { email: `script-${n}-${Date.now()}@example.net` },
      forwarded ? { "X-Forwarded-For": forwarded } : {},
    );
    expect(response.status(), `request ${n}`).toBeLessThan(500);
    if ((await response.text()).includes("Too many sign-in emails for now")) refused.push(n);
  }
  return refused;
}

test.describe("per-address limits with no proxy in front", () => {
  let server: ExtraServer;
  test.beforeAll(async () => {
    server = await startExtraServer(3110, { TRUSTED_PROXIES: "0" });
  });
  test.afterAll(async () => {
    // Graceful shutdown: SIGTERM ends the server cleanly, well within its 10 s limit.
    const started = Date.now();
    expect(await server?.stop()).toBe(0);
    expect(Date.now() - started).toBeLessThan(9_000);
  });

  test("client address from the connection: forged X-Forwarded-For and Candle's own header change nothing", async ({ request }) => {
    const refused = await signInRequests(request, server.baseURL, (n) => `203.0.113.${n + 1}, 198.51.100.${n + 1}`);
    expect(refused).toEqual([20]);
    const forgedOwn = await postNoScriptForm(
      request,
      `${server.baseURL}/signin`,
      { email: `own-${Date.now()}@example.net` },
      { "X-Candle-Client-Address": "192.0.2.99" },
    );
    expect(await forgedOwn.text()).toContain("Too many sign-in emails for now");
  });
});

test.describe("per-address limits behind one trusted proxy", () => {
  let server: ExtraServer;
  test.beforeAll(async () => {
    server = await startExtraServer(3111, { TRUSTED_PROXIES: "1" });
  });
  test.afterAll(async () => server?.stop());

  test("client address from the proxy's entry: what a client puts to its left changes nothing, each client has its own allowance", async ({ request }) => {
    // This test plays the proxy: it appends the client's address at the right-hand end.
    expect(await signInRequests(request, server.baseURL, (n) => `10.${n}.0.1, 203.0.113.50`)).toEqual([20]);
    expect(await signInRequests(request, server.baseURL, (n) => `10.${n}.0.2, 203.0.113.51`)).toEqual([20]);
  });
});

test.describe("time zones from outside", () => {
  test("canonical zones: other spellings redirect, unknown ones are refused or ignored, never a 500", async ({ request }) => {
    const noFollow = { maxRedirects: 0 };
    expect((await request.get("/mentors?tz=local")).status()).toBe(200);
    expect((await request.get("/mentors?tz=system&topic=x")).status()).toBe(200);
    const respelled = await request.get("/mentors?tz=eUrOpE/lOnDoN&q=bakery", noFollow);
    expect(respelled.status()).toBe(307);
    expect(respelled.headers().location).toContain("tz=Europe%2FLondon");
    const zonePage = await request.get("/mentors/rosa-pennington/times/eUrOpE/lOnDoN", noFollow);
    expect(zonePage.status()).toBe(308);
    expect(zonePage.headers().location).toMatch(/\/mentors\/rosa-pennington\/times\/Europe\/London$/);
    expect((await request.get("/mentors/rosa-pennington/times/Asia/Calcutta", noFollow)).headers().location).toMatch(/\/times\/Asia\/Kolkata$/);
    expect((await request.get("/mentors/rosa-pennington/times/UTC+5")).status()).toBe(404);
    expect((await request.get("/mentors/rosa-pennington/times/local")).status()).toBe(404);

    const planted = await request.get("/time-zone/set?tz=UTC%2B5", noFollow);
    expect(planted.status()).toBe(422);
    expect(planted.headers()["set-cookie"]).toBeUndefined();
    for (const path of ["/mentors", "/mentors/rosa-pennington/book", "/time-zone", "/join"]) {
      const response = await request.get(path, { headers: { cookie: "tz=UTC+5" } });
      expect(response.status(), path).toBe(200);
    }
  });
});

test.describe("headers", () => {
  test("security headers: COOP and frame denial everywhere; no HSTS on plain http", async ({ request }) => {
    const headers = (await request.get("/")).headers();
    expect(headers["cross-origin-opener-policy"]).toBe("same-origin");
    expect(headers["x-frame-options"]).toBe("DENY");
    expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(headers["strict-transport-security"]).toBeUndefined();
  });
});

test.describe("what a deployment serves", () => {
  test("health and readiness for load balancers: alive, database reachable and migrated, outbox backlog reported", async ({ request }) => {
    const health = await request.get("/healthz");
    expect([health.status(), await health.text()]).toEqual([200, "ok\n"]);
    const ready = await request.get("/readyz");
    expect(ready.status()).toBe(200);
    const body = await ready.json();
    expect(body).toMatchObject({ ready: true, database: "reachable" });
    expect(body.migrations.applied).toBeGreaterThanOrEqual(body.migrations.shipped);
    expect(body.migrations.shipped).toBeGreaterThanOrEqual(4);
    expect(typeof body.outbox.due).toBe("number");
  });

  test("the benchmark's reference pages exist only in the benchmark's own build", async ({ request }) => {
    for (const path of ["/bench/static", "/bench/dynamic"]) expect((await request.get(path)).status(), path).toBe(404);
  });
});

test.describe("sign-in through next-auth's own endpoint", () => {
  test("same answer for an address with an account and one without", async ({ request }) => {
    const csrf = await (await request.get("/api/auth/csrf")).json();
    const ask = (email: string) =>
      request.post("/api/auth/signin/email", { form: { email, csrfToken: csrf.csrfToken, callbackUrl: "/volunteer" }, maxRedirects: 0 });
    const known = await ask("rosa@tidewater-bakery.example.coop");
    const unknown = await ask(`nobody-${Date.now()}@example.net`);
    expect(known.status()).toBe(303);
    expect([unknown.status(), unknown.headers().location]).toEqual([known.status(), known.headers().location]);
    expect(known.headers().location).toMatch(/\/signin\/check-email$/);
  });
});
