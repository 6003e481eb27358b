import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { requestSignIn } from "@/lib/auth/actions";
import { requireOrganiser, requireVolunteer } from "@/lib/auth/session";
import { loadCalendarFeed } from "@/lib/calendar/loaders";
import { db } from "@/lib/db/client";
import { hashSecret, newSecret } from "@/lib/security/secrets";
import { POST as nextAuthPost } from "@/app/api/auth/[...nextauth]/route";
import { createMentor, createOrganiser, uniqueTag } from "../support/factories";
import { newRequest, outcome, runAfter } from "../support/next-request";

vi.mock("next/headers", () => import("../support/next-request").then((m) => m.nextHeaders));
vi.mock("next/navigation", () => import("../support/next-request").then((m) => m.nextNavigation));
vi.mock("next/cache", () => import("../support/next-request").then((m) => m.nextCache));
vi.mock("next-intl/server", () => import("../support/next-intl").then((m) => m.nextIntlServer));
vi.mock("next/server", async (original) => ({ ...(await original<typeof import("next/server")>()), ...(await import("../support/next-request")).nextServer }));

afterAll(() => db.$disconnect());
let networks = 0;
beforeEach(() => newRequest(`192.0.2.${++networks}`));

/** Signs `userId` in: a session row and its cookie on the simulated request. */
async function signIn(userId: string) {
  const sessionToken = newSecret();
  await db.session.create({ data: { sessionToken, userId, expires: new Date(Date.now() + 86_400_000) } });
  newRequest(`192.0.2.${++networks}`, { "next-auth.session-token": sessionToken });
}

describe("the role guards, unmocked", () => {
  it("keep a volunteer with a mentor profile out of the organiser area", async () => {
    const mentor = await createMentor();
    await signIn(mentor.userId);
    expect(await outcome(requireOrganiser())).toEqual({ notFound: true });
    expect(await outcome(requireVolunteer())).toMatchObject({ state: { id: mentor.userId } });
  });

  it("let an organiser in, and send anyone signed out to sign in", async () => {
    const organiser = await createOrganiser();
    await signIn(organiser.id);
    expect(await outcome(requireOrganiser())).toMatchObject({ state: { id: organiser.id, role: "organiser" } });
    newRequest("192.0.2.250");
    expect(await outcome(requireOrganiser("/organiser/stats"))).toEqual({ redirect: "/signin?next=%2Forganiser%2Fstats" });
  });

  it("read only the session cookie next-auth itself reads for this address", async () => {
    const organiser = await createOrganiser();
    const sessionToken = newSecret();
    await db.session.create({ data: { sessionToken, userId: organiser.id, expires: new Date(Date.now() + 86_400_000) } });
    // PUBLIC_URL is http in tests: a planted __Secure- cookie is not the session.
    newRequest("192.0.2.252", { "__Secure-next-auth.session-token": sessionToken });
    expect(await outcome(requireOrganiser())).toEqual({ redirect: "/signin?next=%2Forganiser" });
  });

  it("refuse an expired session", async () => {
    const organiser = await createOrganiser();
    const sessionToken = newSecret();
    await db.session.create({ data: { sessionToken, userId: organiser.id, expires: new Date(Date.now() - 1_000) } });
    newRequest("192.0.2.251", { "next-auth.session-token": sessionToken });
    expect(await outcome(requireOrganiser())).toEqual({ redirect: "/signin?next=%2Forganiser" });
  });

  it.each(["pending", "approved", "paused"] as const)("let a %s volunteer use the volunteer area", async (status) => {
    const mentor = await createMentor();
    await db.mentorProfile.update({ where: { id: mentor.id }, data: { status } });
    await signIn(mentor.userId);
    expect(await outcome(requireVolunteer())).toMatchObject({ state: { mentor: { id: mentor.id, status } } });
  });

  it.each(["declined", "retired"] as const)(
    "close the volunteer area and the calendar feed to a %s volunteer, even with a session and feed left over",
    async (status) => {
      const mentor = await createMentor();
      const feedToken = newSecret();
      await db.mentorProfile.update({ where: { id: mentor.id }, data: { status, feedTokenHash: hashSecret(feedToken) } });
      await signIn(mentor.userId);
      expect(await outcome(requireVolunteer())).toEqual({ redirect: "/signin/ended" });
      expect(await loadCalendarFeed(feedToken)).toBeNull();
    },
  );
});

describe("asking for a sign-in link", () => {
  const signInForm = (email: string) => {
    const form = new FormData();
    form.set("email", email);
    return form;
  };
  const nextAuthRequest = (email: string, address: string) => {
    newRequest(address);
    return nextAuthPost(
      new Request("http://localhost:3000/api/auth/signin/email", {
        method: "POST",
        body: new URLSearchParams({ email, csrfToken: "x", callbackUrl: "/volunteer" }),
        headers: { "content-type": "application/x-www-form-urlencoded" },
      }) as never,
      { params: Promise.resolve({ nextauth: ["signin", "email"] }) },
    );
  };

  it("answers the same for an address with an account and one without, on the form and on next-auth's endpoint", async () => {
    const mentor = await createMentor();
    const unknown = `nobody-${uniqueTag()}@example.net`;
    expect(await outcome(requestSignIn({}, signInForm(mentor.user.email)))).toEqual({ redirect: "/signin/check-email" });
    await runAfter();
    expect(await outcome(requestSignIn({}, signInForm(unknown)))).toEqual({ redirect: "/signin/check-email" });
    await runAfter();

    const sentBefore = await db.outboxEmail.count({ where: { to: mentor.user.email } });
    const known = await nextAuthRequest(mentor.user.email, "192.0.2.240");
    // The link is made after the answer has gone, so an account does not make the answer slower.
    expect(await db.outboxEmail.count({ where: { to: mentor.user.email } })).toBe(sentBefore);
    await runAfter();
    const stranger = await nextAuthRequest(unknown, "192.0.2.241");
    await runAfter();
    expect([known.status, known.headers.get("location")]).toEqual([303, "http://localhost:3000/signin/check-email"]);
    expect([stranger.status, stranger.headers.get("location")]).toEqual([known.status, known.headers.get("location")]);
    expect(await db.outboxEmail.count({ where: { to: mentor.user.email } })).toBe(2);
    expect(await db.outboxEmail.count({ where: { to: unknown } })).toBe(0);
  });

  it("refuses a sign-in request another site's page made a visitor's browser send", async () => {
    const mentor = await createMentor();
    newRequest("192.0.2.243");
    const response = await nextAuthPost(
      new Request("http://localhost:3000/api/auth/signin/email", {
        method: "POST",
        body: new URLSearchParams({ email: mentor.user.email }),
        headers: { "content-type": "application/x-www-form-urlencoded", origin: "https://evil.example" },
      }) as never,
      { params: Promise.resolve({ nextauth: ["signin", "email"] }) },
    );
    expect(response.status).toBe(403);
    await runAfter();
    expect(await db.outboxEmail.count({ where: { to: mentor.user.email } })).toBe(0);
  });

  it("limits next-auth's endpoint like the form: 20 an hour from one network, 5 an hour for one address, shared between both", async () => {
    const results: string[] = [];
    for (let n = 0; n < 21; n++) results.push((await nextAuthRequest(`rotating-${n}-${uniqueTag()}@example.net`, "192.0.2.242")).headers.get("location")!);
    expect(results.slice(0, 20).every((location) => location.endsWith("/signin/check-email"))).toBe(true);
    expect(results[20]).toBe("http://localhost:3000/signin?error=TooMany");

    const email = `one-inbox-${uniqueTag()}@example.net`;
    for (let n = 0; n < 3; n++) {
      newRequest(`198.51.100.${n + 1}`);
      expect(await outcome(requestSignIn({}, signInForm(email)))).toEqual({ redirect: "/signin/check-email" });
    }
    expect((await nextAuthRequest(email, "198.51.100.10")).headers.get("location")).toBe("http://localhost:3000/signin/check-email");
    expect((await nextAuthRequest(email, "198.51.100.11")).headers.get("location")).toBe("http://localhost:3000/signin/check-email");
    expect((await nextAuthRequest(email, "198.51.100.12")).headers.get("location")).toBe("http://localhost:3000/signin?error=TooMany");
    newRequest("198.51.100.13");
    expect(await outcome(requestSignIn({}, signInForm(email)))).toMatchObject({
      state: { message: "Too many sign-in emails for now. Please try again in an hour." },
    });
  });
});
