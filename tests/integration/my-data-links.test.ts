import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { issueFormToken } from "@/lib/antibot/form-token";
import { config } from "@/lib/config";
import { db } from "@/lib/db/client";
import { requestMyDataLinkAction } from "@/lib/my-data/actions";
import { findDataAccess } from "@/lib/my-data/data";
import { openDataLink, requestDataLink } from "@/lib/my-data/mutations";
import { MY_DATA_FORM_SUBJECT } from "@/lib/my-data/schema";
import { createBooking, createMentor } from "../support/factories";
import { newRequest, outcome, request, runAfter } from "../support/next-request";
import { speak } from "../support/next-intl";

vi.mock("next/headers", () => import("../support/next-request").then((m) => m.nextHeaders));
vi.mock("next/navigation", () => import("../support/next-request").then((m) => m.nextNavigation));
vi.mock("next-intl/server", () => import("../support/next-intl").then((m) => m.nextIntlServer));
vi.mock("next/cache", () => import("../support/next-request").then((m) => m.nextCache));
vi.mock("next/server", async (original) => ({ ...(await original<typeof import("next/server")>()), ...(await import("../support/next-request")).nextServer }));

const now = new Date("2036-09-01T09:00:00Z");

beforeEach(() => {
  newRequest(`203.0.113.${Math.floor(Math.random() * 200) + 20}`);
  speak("en");
});
afterAll(async () => {
  await db.$disconnect();
});

function requestForm(email: string) {
  const form = new FormData();
  form.set("email", email);
  form.set("formToken", issueFormToken(config.secret, MY_DATA_FORM_SUBJECT, new Date(Date.now() - 60_000)));
  return form;
}

describe("asking for a My data link", () => {
  it("answers before it looks the address up: the link is written and mailed only after the answer", async () => {
    const mentor = await createMentor();
    const booking = await createBooking(mentor.id, { startsAt: new Date("2036-09-10T10:00:00Z") });
    const email = booking.founderEmail;
    expect(await outcome(requestMyDataLinkAction({}, requestForm(email)))).toEqual({ redirect: "/my-data/check-email" });
    expect(await db.dataAccessLink.count({ where: { email } })).toBe(0);
    expect(await db.outboxEmail.count({ where: { to: email, subject: "Your Candle data link" } })).toBe(0);
    expect(request.after.length).toBeGreaterThan(0);

    await runAfter();
    expect(await db.dataAccessLink.count({ where: { email } })).toBe(1);
    expect(await db.outboxEmail.count({ where: { to: email, subject: "Your Candle data link" } })).toBe(1);
  });

  it("treats an unknown address the same way up to the answer", async () => {
    const email = `nobody-${Date.now()}@example.com`;
    expect(await outcome(requestMyDataLinkAction({}, requestForm(email)))).toEqual({ redirect: "/my-data/check-email" });
    expect(request.after.length).toBeGreaterThan(0);
    await runAfter();
    expect(await db.dataAccessLink.count({ where: { email } })).toBe(0);
  });
});

describe("a My data request in another language", () => {
  it("answers, refuses and links in the language the form was sent in", async () => {
    speak("es");
    const mentor = await createMentor();
    const booking = await createBooking(mentor.id, { startsAt: new Date("2036-09-11T10:00:00Z") });
    const email = booking.founderEmail;

    expect(await outcome(requestMyDataLinkAction({}, requestForm("not-an-address")))).toMatchObject({
      state: { errors: { email: "Escribe una dirección de correo como nombre@ejemplo.org." } },
    });
    expect(await outcome(requestMyDataLinkAction({}, requestForm(email)))).toEqual({ redirect: "/es/my-data/check-email" });
    await runAfter();
    const mail = await db.outboxEmail.findFirstOrThrow({ where: { to: email }, orderBy: { createdAt: "desc" } });
    expect(mail.text).toContain(`${config.publicUrl}/es/my-data/open/`);
  });
});

describe("the emailed link and the session it opens", () => {
  it("does not open the data with the emailed link itself: only the session traded for it does", async () => {
    const mentor = await createMentor();
    const booking = await createBooking(mentor.id, { startsAt: new Date("2036-09-11T10:00:00Z") });
    expect(await requestDataLink(booking.founderEmail, now)).toBe(true);
    const mail = await db.outboxEmail.findFirstOrThrow({ where: { to: booking.founderEmail, subject: "Your Candle data link" } });
    const token = /\/my-data\/open\/([A-Za-z0-9_-]{43})/.exec(mail.text)![1]!;

    expect(await findDataAccess(token, now)).toBeNull();
    const session = await openDataLink(token, now);
    expect(session).not.toBeNull();
    expect(await findDataAccess(session!, now)).toBe(booking.founderEmail);
    // Nor can a session be traded as if it were an emailed link.
    expect(await openDataLink(session!, now)).toBeNull();
    expect(await findDataAccess(session!, now)).toBe(booking.founderEmail);
  });
});
