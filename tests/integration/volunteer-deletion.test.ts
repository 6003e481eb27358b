import { afterAll, describe, expect, it } from "vitest";
import { listDueCalendarSources } from "@/lib/calendars/data";
import { db } from "@/lib/db/client";
import { collectVolunteerData } from "@/lib/volunteers/data";
import { changeVolunteerStatus, deleteVolunteerAccount } from "@/lib/volunteers/mutations";
import { createBookingWith, createMentor, createOrganiser, uniqueTag } from "../support/factories";

const now = new Date("2036-07-01T09:00:00Z");
const later = (hours: number) => new Date(now.getTime() + hours * 3_600_000);

afterAll(async () => {
  await db.$disconnect();
});

async function mentorWithCalendar() {
  const mentor = await createMentor();
  const source = await db.calendarSource.create({
    data: {
      mentorId: mentor.id,
      kind: "ics",
      label: `Work ${mentor.displayName}`,
      sealed: "sealed-secret-calendar-address",
      masked: "https://cal.example.org/…k3Qf",
      nextReadAt: new Date("2036-06-30T00:00:00Z"),
    },
  });
  await db.busyTime.create({ data: { sourceId: source.id, mentorId: mentor.id, startsAt: later(24), endsAt: later(25), title: "Dentist with Ana" } });
  return { mentor, source };
}

describe("deleting a volunteer account", () => {
  it("deletes their calendars and busy times, and their calendars are no longer read", async () => {
    const { mentor, source } = await mentorWithCalendar();
    expect(await listDueCalendarSources(now, 10_000)).toContain(source.id);
    expect((await deleteVolunteerAccount(mentor.userId, now)).ok).toBe(true);
    expect(await db.calendarSource.count({ where: { mentorId: mentor.id } })).toBe(0);
    expect(await db.busyTime.count({ where: { mentorId: mentor.id } })).toBe(0);
  });

  it("reads no calendar of a retired or declined volunteer", async () => {
    const retired = await mentorWithCalendar();
    const paused = await mentorWithCalendar();
    const organiser = await createOrganiser();
    const actor = { id: organiser.id, label: `organiser ${organiser.email}` };
    expect((await changeVolunteerStatus(retired.mentor.id, "retire", actor, now)).ok).toBe(true);
    expect((await changeVolunteerStatus(paused.mentor.id, "pause", actor, now)).ok).toBe(true);
    const declined = await mentorWithCalendar();
    await db.mentorProfile.update({ where: { id: declined.mentor.id }, data: { status: "declined" } });
    const due = await listDueCalendarSources(now, 10_000);
    expect(due).not.toContain(retired.source.id);
    expect(due).not.toContain(declined.source.id);
    expect(due).toContain(paused.source.id);
  });

  it("exports the calendars by label and masked address, never the secret, with the busy times counted", async () => {
    const { mentor, source } = await mentorWithCalendar();
    const data = await collectVolunteerData(mentor.userId);
    expect(data).toMatchObject({ calendars: [{ kind: "ics", label: source.label, masked: source.masked }], busyTimes: 1 });
    expect(JSON.stringify(data)).not.toContain("sealed-secret-calendar-address");
  });

  it("can delete two accounts whose addresses read alike, and the same person twice", async () => {
    const tag = uniqueTag();
    const first = await createMentor();
    const second = await createMentor();
    await db.user.update({ where: { id: first.userId }, data: { email: `same-${tag}@example.org` } });
    await db.user.update({ where: { id: second.userId }, data: { email: `Same-${tag}+candle@example.org` } });
    expect((await deleteVolunteerAccount(first.userId, now)).ok).toBe(true);
    expect((await deleteVolunteerAccount(second.userId, now)).ok).toBe(true);
    // Back again with the first address, and gone again.
    const again = await createMentor();
    await db.user.update({ where: { id: again.userId }, data: { email: `same-${tag}@example.org` } });
    expect((await deleteVolunteerAccount(again.userId, now)).ok).toBe(true);
    expect((await deleteVolunteerAccount(again.userId, now)).ok).toBe(true);
    const profiles = await db.mentorProfile.findMany({ where: { id: { in: [first.id, second.id, again.id] } }, select: { slug: true } });
    expect(new Set(profiles.map((profile) => profile.slug)).size).toBe(3);
  });

  it("leaves no audit row that names the volunteer by their old address in the page's slug", async () => {
    const mentor = await createMentor();
    await db.auditLog.create({
      data: { actorLabel: `applicant ${mentor.user.email}`, action: "volunteer.applied", targetType: "mentor", targetId: mentor.slug },
    });
    expect((await deleteVolunteerAccount(mentor.userId, now)).ok).toBe(true);
    expect(await db.auditLog.count({ where: { targetId: mentor.slug } })).toBe(0);
    const applied = await db.auditLog.findFirstOrThrow({ where: { action: "volunteer.applied", targetId: mentor.id } });
    expect(applied.targetType).toBe("mentor");
  });

  it("leaves lapsed holds alone: only sessions founders still expect are cancelled", async () => {
    const mentor = await createMentor();
    const lapsed = await createBookingWith(mentor.id, { startsAt: later(48), status: "pending", expiresAt: later(-1) });
    const live = await createBookingWith(mentor.id, { startsAt: later(72), status: "pending", expiresAt: later(1) });
    expect(await deleteVolunteerAccount(mentor.userId, now)).toEqual({ ok: true, cancelled: 1 });
    expect((await db.booking.findUniqueOrThrow({ where: { id: lapsed.id } })).status).toBe("pending");
    expect((await db.booking.findUniqueOrThrow({ where: { id: live.id } })).status).toBe("cancelled_by_mentor");
    expect(await db.outboxEmail.count({ where: { bookingId: lapsed.id } })).toBe(0);
  });
});
