import { NextRequest } from "next/server";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { GET as bookingsCsv } from "@/app/(organiser)/organiser/stats/bookings.csv/route";
import { GET as summaryCsv } from "@/app/(organiser)/organiser/stats/summary.csv/route";
import { db } from "@/lib/db/client";
import { createBookingWith, createMentor, createOrganiser, createTopic } from "../support/factories";

type Viewer = { id: string; email: string; role: "volunteer" | "organiser" } | null;
const session = vi.hoisted(() => ({ viewer: null as Viewer }));
vi.mock("@/lib/auth/session", () => ({ getViewer: async () => session.viewer }));

// A week of 2034 nobody else's tests use.
const period = "from=2034-05-01&to=2034-05-07";
let organiser: { id: string; email: string };
let founderEmail: string;

beforeAll(async () => {
  organiser = await createOrganiser();
  const mentor = await createMentor();
  const topic = await createTopic();
  const booking = await createBookingWith(mentor.id, {
    startsAt: new Date("2034-05-02T09:00:00Z"),
    createdAt: new Date("2034-04-25T09:00:00Z"),
    country: "DE",
    topicIds: [topic.id],
    message: '=cmd|"/c calc"!A1, and a second line\nhere',
  });
  founderEmail = booking.founderEmail;
});
beforeEach(() => {
  session.viewer = { id: organiser.id, email: organiser.email, role: "organiser" };
});
afterAll(() => db.$disconnect());

const request = (path: string) => new NextRequest(`http://localhost:3000/organiser/stats/${path}`);

describe("CSV exports", () => {
  it("answers 401 to someone signed out and 403 to a volunteer, writing nothing", async () => {
    const before = await db.auditLog.count({ where: { action: { startsWith: "export." } } });
    session.viewer = null;
    expect((await bookingsCsv(request(`bookings.csv?${period}`))).status).toBe(401);
    expect((await summaryCsv(request(`summary.csv?${period}`))).status).toBe(401);
    session.viewer = { id: "someone", email: "volunteer@example.org", role: "volunteer" };
    expect((await bookingsCsv(request(`bookings.csv?${period}`))).status).toBe(403);
    expect((await summaryCsv(request(`summary.csv?${period}`))).status).toBe(403);
    expect(await db.auditLog.count({ where: { action: { startsWith: "export." } } })).toBe(before);
  });

  it("answers 422 to a period it cannot read", async () => {
    const response = await bookingsCsv(request("bookings.csv?from=2034-05-08&to=2034-05-01"));
    expect(response.status).toBe(422);
    expect(await response.text()).toContain("start date must not be after the end date");
    expect((await summaryCsv(request("summary.csv?from=May"))).status).toBe(422);
  });

  it("downloads bookings without founders' words, and logs the export", async () => {
    const response = await bookingsCsv(request(`bookings.csv?${period}`));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8; header=present");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="candle-bookings-2034-05-01-to-2034-05-07.csv"');
    const body = await response.text();
    expect(body.split("\r\n").filter(Boolean).length).toBeGreaterThanOrEqual(2);
    expect(body).toContain(",2034-05-02T09:00:00.000Z,2034-04-25T09:00:00.000Z,DE,forming_group,");
    expect(body).not.toContain(founderEmail);
    expect(body).not.toContain("calc");
    const log = await db.auditLog.findFirstOrThrow({ where: { action: "export.bookings", actorId: organiser.id }, orderBy: { createdAt: "desc" } });
    expect(log.targetId).toBe("2034-05-01..2034-05-07");
    expect(JSON.parse(log.details!)).toEqual({ from: "2034-05-01", to: "2034-05-07", freeText: false });
  });

  it("adds founders' words only with text=1, quoted and defused", async () => {
    const body = await (await bookingsCsv(request(`bookings.csv?${period}&text=1`))).text();
    expect(body).toContain(founderEmail);
    expect(body).toContain(`"'=cmd|""/c calc""!A1, and a second line\nhere"`);
    const log = await db.auditLog.findFirstOrThrow({ where: { action: "export.bookings", actorId: organiser.id }, orderBy: { createdAt: "desc" } });
    expect(JSON.parse(log.details!)).toMatchObject({ freeText: true });
  });

  it("downloads the summary figures and logs it", async () => {
    const response = await summaryCsv(request(`summary.csv?${period}`));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="candle-summary-2034-05-01-to-2034-05-07.csv"');
    const body = (await response.text()).replace(/^\uFEFF/, "");
    expect(body.startsWith("section,item,value,note\r\n")).toBe(true);
    expect(body).toContain("period,from,2034-05-01,");
    expect(body).toContain("founder countries,Germany,");
    const log = await db.auditLog.findFirstOrThrow({ where: { action: "export.summary", actorId: organiser.id } });
    expect(JSON.parse(log.details!)).toEqual({ from: "2034-05-01", to: "2034-05-07", freeText: false });
  });
});
