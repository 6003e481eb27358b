import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { organiserActor, type AuditActor } from "@/lib/audit/actor";
import { config } from "@/lib/config";
import { db } from "@/lib/db/client";
import { listActiveTopics } from "@/lib/mentors/data";
import { listTopicsWithUsage } from "@/lib/topics/data";
import { addTopic, moveTopic, renameTopic, setTopicArchived } from "@/lib/topics/mutations";
import { changeVolunteerStatus, inviteVolunteer } from "@/lib/volunteers/mutations";
import { failBookingStatusChange } from "../support/faults";
import { createBookingWith, createMentor, createOrganiser, createPendingMentor, createTopic, uniqueTag } from "../support/factories";

const HOUR_MS = 3_600_000;
let organiser: { id: string; email: string };
let actor: AuditActor;

beforeAll(async () => {
  organiser = await createOrganiser();
  actor = organiserActor(organiser);
});
afterAll(() => db.$disconnect());

const mailTo = (to: string) => db.outboxEmail.findMany({ where: { to }, orderBy: { createdAt: "asc" } });
const auditFor = (targetId: string) => db.auditLog.findMany({ where: { targetId }, orderBy: { createdAt: "asc" } });
const mentorRow = (id: string) => db.mentorProfile.findUniqueOrThrow({ where: { id } });

/** Whole hours from now, so slots line up with the factory's 09:00–17:00 hours whatever the time. */
function hoursFromNow(now: Date, hours: number) {
  return new Date(Math.floor(now.getTime() / HOUR_MS) * HOUR_MS + hours * HOUR_MS);
}

describe("approving and declining volunteers", () => {
  it("approves a pending volunteer: sets approvedAt, refreshes the next free slot, emails them and logs it", async () => {
    const mentor = await createPendingMentor();
    const now = new Date();
    expect(await changeVolunteerStatus(mentor.id, "approve", actor, now)).toEqual({ ok: true, name: mentor.displayName, cancelled: 0 });
    const after = await mentorRow(mentor.id);
    expect(after.status).toBe("approved");
    expect(after.approvedAt?.getTime()).toBe(now.getTime());
    expect(after.nextFreeAt).not.toBeNull();
    const [mail] = await mailTo(mentor.user.email);
    expect(mail!.subject).toBe("You are approved as a Candle volunteer");
    expect(mail!.text).toContain(`${config.publicUrl}/mentors/${mentor.slug}`);
    const [audit] = await auditFor(mentor.id);
    expect(audit).toMatchObject({ actorId: organiser.id, actorLabel: `organiser ${organiser.email}`, action: "volunteer.approved", targetType: "mentor" });
    expect(JSON.parse(audit!.details!)).toEqual({ from: "pending", to: "approved" });

    expect(await changeVolunteerStatus(mentor.id, "approve", actor, now)).toEqual({ ok: false, reason: "wrong-status" });
    expect(await changeVolunteerStatus(mentor.id, "decline", actor, now)).toEqual({ ok: false, reason: "wrong-status" });
    expect(await changeVolunteerStatus("no-such-mentor", "approve", actor, now)).toEqual({ ok: false, reason: "not-found" });
    expect(await auditFor(mentor.id)).toHaveLength(1);
    expect(await mailTo(mentor.user.email)).toHaveLength(1);
  });

  it("declines kindly, and a declined volunteer can still be approved later", async () => {
    const mentor = await createPendingMentor();
    expect(await changeVolunteerStatus(mentor.id, "decline", actor)).toMatchObject({ ok: true });
    expect((await mentorRow(mentor.id)).status).toBe("declined");
    expect((await mailTo(mentor.user.email))[0]!.subject).toBe("Your application to volunteer with Candle");
    expect((await auditFor(mentor.id)).map((row) => row.action)).toEqual(["volunteer.declined"]);
    expect(await changeVolunteerStatus(mentor.id, "approve", actor)).toMatchObject({ ok: true });
    expect((await mentorRow(mentor.id)).status).toBe("approved");
  });
});

describe("pausing, resuming and retiring volunteers", () => {
  it("pausing cancels upcoming sessions through cancelBooking, tells founders where to rebook, and keeps the past", async () => {
    const mentor = await createMentor();
    const now = new Date();
    const confirmed = await createBookingWith(mentor.id, { startsAt: hoursFromNow(now, 72), status: "confirmed" });
    const holding = await createBookingWith(mentor.id, { startsAt: hoursFromNow(now, 96), status: "pending", createdAt: new Date(now.getTime() - 5 * 60_000) });
    const lapsed = await createBookingWith(mentor.id, { startsAt: hoursFromNow(now, 120), status: "pending", expiresAt: new Date(now.getTime() - 60_000) });
    const past = await createBookingWith(mentor.id, { startsAt: hoursFromNow(now, -48), status: "held" });
    const cancelledBefore = await createBookingWith(mentor.id, { startsAt: hoursFromNow(now, 144), status: "cancelled_by_founder" });

    expect(await changeVolunteerStatus(mentor.id, "pause", actor, now)).toEqual({ ok: true, name: mentor.displayName, cancelled: 2 });

    const statuses = Object.fromEntries(
      (await db.booking.findMany({ where: { mentorId: mentor.id }, select: { id: true, status: true } })).map((row) => [row.id, row.status]),
    );
    expect(statuses).toEqual({
      [confirmed.id]: "cancelled_by_organiser",
      [holding.id]: "cancelled_by_organiser",
      [lapsed.id]: "pending",
      [past.id]: "held",
      [cancelledBefore.id]: "cancelled_by_founder",
    });
    for (const booking of [confirmed, holding]) {
      const [mail] = await mailTo(booking.founderEmail);
      expect(mail!.text).toContain(`A Candle organiser has cancelled your session with ${mentor.displayName}.`);
      expect(mail!.text).toContain(`${config.publicUrl}/mentors`);
      expect(mail!.text).toContain("Your mentor cannot take sessions for a while.");
      const cancellation = await db.auditLog.findFirstOrThrow({ where: { targetId: booking.id, action: "booking.cancelled" } });
      expect(cancellation.actorId).toBe(organiser.id);
      expect(JSON.parse(cancellation.details!)).toMatchObject({ by: "organiser" });
    }
    for (const booking of [lapsed, past, cancelledBefore]) expect(await mailTo(booking.founderEmail)).toHaveLength(0);

    const mentorMail = await mailTo(mentor.user.email);
    expect(mentorMail.map((mail) => mail.subject)).toContain("Your Candle listing is paused");
    expect(mentorMail.find((mail) => mail.subject === "Your Candle listing is paused")!.text).toContain("Your 2 upcoming sessions were cancelled.");
    // The mentor knew of the confirmed session, so its cancellation reaches them too; the unconfirmed hold's does not.
    expect(mentorMail.filter((mail) => mail.subject.startsWith("Cancelled:"))).toHaveLength(1);

    const paused = await mentorRow(mentor.id);
    expect(paused).toMatchObject({ status: "paused", nextFreeAt: null });
    const log = await db.auditLog.findFirstOrThrow({ where: { targetId: mentor.id, action: "volunteer.paused" } });
    expect(log.actorId).toBe(organiser.id);
    expect(JSON.parse(log.details!)).toEqual({ from: "approved", to: "paused", cancelledBookings: 2 });

    expect(await changeVolunteerStatus(mentor.id, "pause", actor, now)).toEqual({ ok: false, reason: "wrong-status" });
    expect(await changeVolunteerStatus(mentor.id, "resume", actor, now)).toEqual({ ok: true, name: mentor.displayName, cancelled: 0 });
    const resumed = await mentorRow(mentor.id);
    expect(resumed.status).toBe("approved");
    expect(resumed.nextFreeAt).not.toBeNull();
    expect((await mailTo(mentor.user.email)).at(-1)!.subject).toBe("Your Candle listing is back");
    expect((await auditFor(mentor.id)).map((row) => row.action)).toEqual(["volunteer.paused", "volunteer.resumed"]);
  });

  it("changes nothing when cancelling one of the sessions fails part-way through retiring", async () => {
    const mentor = await createMentor();
    const now = new Date();
    const first = await createBookingWith(mentor.id, { startsAt: hoursFromNow(now, 48) });
    const second = await createBookingWith(mentor.id, { startsAt: hoursFromNow(now, 72) });
    const removeFault = await failBookingStatusChange(second.id, "cancelled_by_organiser");
    try {
      await expect(changeVolunteerStatus(mentor.id, "retire", actor, now)).rejects.toThrow();
    } finally {
      await removeFault();
    }
    expect((await mentorRow(mentor.id)).status).toBe("approved");
    const statuses = await db.booking.findMany({ where: { mentorId: mentor.id }, select: { status: true } });
    expect(statuses.map((row) => row.status)).toEqual(["confirmed", "confirmed"]);
    expect(await mailTo(first.founderEmail)).toHaveLength(0);
    expect(await mailTo(mentor.user.email)).toHaveLength(0);

    expect(await changeVolunteerStatus(mentor.id, "retire", actor, now)).toEqual({ ok: true, name: mentor.displayName, cancelled: 2 });
    expect(await db.booking.count({ where: { mentorId: mentor.id, status: "cancelled_by_organiser" } })).toBe(2);
    expect(await mailTo(second.founderEmail)).toHaveLength(1);
  });

  it("ends a retired or declined volunteer's sign-in sessions and calendar feed, and only theirs", async () => {
    const retiring = await createMentor();
    const declined = await createPendingMentor();
    const staying = await createMentor();
    const expires = new Date(Date.now() + 86_400_000);
    for (const mentor of [retiring, declined, staying]) {
      await db.session.create({ data: { sessionToken: `session-${mentor.id}`, userId: mentor.userId, expires } });
      await db.mentorProfile.update({ where: { id: mentor.id }, data: { feedTokenHash: `feed-${mentor.id}` } });
    }
    expect(await changeVolunteerStatus(retiring.id, "retire", actor)).toMatchObject({ ok: true });
    expect(await changeVolunteerStatus(declined.id, "decline", actor)).toMatchObject({ ok: true });
    for (const mentor of [retiring, declined]) {
      expect(await db.session.count({ where: { userId: mentor.userId } })).toBe(0);
      expect((await mentorRow(mentor.id)).feedTokenHash).toBeNull();
    }
    expect(await db.session.count({ where: { userId: staying.userId } })).toBe(1);
    expect((await mentorRow(staying.id)).feedTokenHash).toBe(`feed-${staying.id}`);
  });

  it("retires an approved or paused volunteer, cancelling what is still ahead", async () => {
    const mentor = await createMentor();
    const now = new Date();
    const upcoming = await createBookingWith(mentor.id, { startsAt: hoursFromNow(now, 50), status: "confirmed" });
    expect(await changeVolunteerStatus(mentor.id, "retire", actor, now)).toMatchObject({ ok: true, cancelled: 1 });
    expect((await db.booking.findUniqueOrThrow({ where: { id: upcoming.id } })).status).toBe("cancelled_by_organiser");
    expect((await mentorRow(mentor.id)).status).toBe("retired");
    const retiredMail = await mailTo(mentor.user.email);
    expect(retiredMail.find((mail) => mail.subject === "Thank you for volunteering with Candle")!.text).toContain("Your 1 upcoming session was cancelled.");
    expect(await changeVolunteerStatus(mentor.id, "resume", actor, now)).toEqual({ ok: false, reason: "wrong-status" });

    const pausedFirst = await createMentor();
    await changeVolunteerStatus(pausedFirst.id, "pause", actor, now);
    expect(await changeVolunteerStatus(pausedFirst.id, "retire", actor, now)).toMatchObject({ ok: true, cancelled: 0 });
    expect((await auditFor(pausedFirst.id)).map((row) => [row.action, JSON.parse(row.details!).cancelledBookings])).toEqual([
      ["volunteer.paused", 0],
      ["volunteer.retired", 0],
    ]);
  });
});

describe("inviting volunteers", () => {
  it("creates the account once and sends the invitation to the application page", async () => {
    const email = `invitee-${uniqueTag()}@example.net`;
    expect(await inviteVolunteer(email, actor)).toBe("invited");
    const user = await db.user.findUniqueOrThrow({ where: { email }, include: { mentor: true } });
    expect(user).toMatchObject({ role: "volunteer", mentor: null });
    const [invitation] = await mailTo(email);
    expect(invitation!.subject).toBe("You are invited to volunteer with Candle");
    expect(invitation!.text).toContain(`${config.publicUrl}/join`);

    expect(await inviteVolunteer(email, actor)).toBe("invited-again");
    expect(await db.user.count({ where: { email } })).toBe(1);
    expect(await mailTo(email)).toHaveLength(2);
    const audit = await auditFor(user.id);
    expect(audit.map((row) => [row.action, row.actorId, JSON.parse(row.details!)])).toEqual([
      ["volunteer.invited", organiser.id, { sent: "invitation", invitedBefore: false }],
      ["volunteer.invited", organiser.id, { sent: "invitation", invitedBefore: true }],
    ]);
  });

  it("sends a sign-in link instead to someone who already volunteers or organises", async () => {
    const mentor = await createMentor();
    expect(await inviteVolunteer(mentor.user.email, actor)).toBe("has-account");
    const [mail] = await mailTo(mentor.user.email);
    expect(mail!.subject).toBe("Your Candle sign-in link");
    expect(mail!.text).toContain("next=%2Fvolunteer");
    expect(await db.verificationToken.count({ where: { identifier: mentor.user.email } })).toBe(1);

    const other = await createOrganiser();
    expect(await inviteVolunteer(other.email, actor)).toBe("has-account");
    expect((await mailTo(other.email))[0]!.text).toContain("next=%2Forganiser");
    expect(await db.user.count({ where: { email: { in: [mentor.user.email, other.email] } } })).toBe(2);
    expect((await auditFor(mentor.user.id)).map((row) => [row.action, JSON.parse(row.details!)])).toEqual([
      ["volunteer.invited", { sent: "sign-in link", existingAccount: true }],
    ]);
  });
});

describe("topics", () => {
  const names = () => {
    const tag = uniqueTag();
    return { a: `Gardening ${tag}`, b: `Bakeries ${tag}`, c: `Cycling ${tag}` };
  };
  const order = async (ids: string[]) => (await listTopicsWithUsage()).filter((topic) => ids.includes(topic.id)).map((topic) => topic.id);

  it("adds topics at the end, refusing names that clash in case or slug", async () => {
    const { a } = names();
    const before = await db.topic.aggregate({ _max: { sortOrder: true } });
    const added = await addTopic(a, actor);
    expect(added.ok).toBe(true);
    const topic = await db.topic.findUniqueOrThrow({ where: { id: added.ok ? added.id : "" } });
    expect(topic).toMatchObject({ name: a, slug: a.toLowerCase().replace(/ /g, "-"), archived: false, sortOrder: (before._max.sortOrder ?? 0) + 10 });

    expect(await addTopic(a.toUpperCase(), actor)).toEqual({ ok: false, reason: "clash", clash: { kind: "same", name: a } });
    expect(await addTopic(a.replace(" ", ", "), actor)).toEqual({
      ok: false,
      reason: "clash",
      clash: { kind: "close", name: a },
    });
    expect(await db.topic.count({ where: { slug: topic.slug } })).toBe(1);
    const [audit] = await auditFor(topic.id);
    expect(audit).toMatchObject({ action: "topic.added", actorId: organiser.id });
  });

  it("renames a topic and its slug, refusing another topic's name", async () => {
    const { a, b, c } = names();
    const first = await addTopic(a, actor);
    const second = await addTopic(b, actor);
    if (!first.ok || !second.ok) throw new Error("setup failed");
    expect(await renameTopic(second.id, a.toLowerCase(), actor)).toMatchObject({ ok: false, reason: "clash" });
    expect(await renameTopic(second.id, c, actor)).toEqual({ ok: true, id: second.id });
    expect(await db.topic.findUniqueOrThrow({ where: { id: second.id } })).toMatchObject({ name: c, slug: c.toLowerCase().replace(/ /g, "-") });
    expect(await renameTopic(second.id, c, actor)).toEqual({ ok: true, id: second.id });
    expect(await renameTopic("no-such-topic", `${c} again`, actor)).toEqual({ ok: false, reason: "not-found" });
    const log = (await auditFor(second.id)).filter((row) => row.action === "topic.renamed");
    expect(log).toHaveLength(1);
    expect(JSON.parse(log[0]!.details!)).toMatchObject({ from: b, to: c });
  });

  it("moves topics up and down, and not past the ends", async () => {
    const { a, b, c } = names();
    const ids: string[] = [];
    for (const name of [a, b, c]) {
      const result = await addTopic(name, actor);
      if (result.ok) ids.push(result.id);
    }
    const [ta, tb, tc] = ids as [string, string, string];
    expect(await moveTopic(tc, "up", actor)).toBe(true);
    expect(await order(ids)).toEqual([ta, tc, tb]);
    expect(await moveTopic(ta, "down", actor)).toBe(true);
    expect(await order(ids)).toEqual([tc, ta, tb]);
    expect(await moveTopic(tb, "down", actor)).toBe(false);
    const firstOfAll = (await listTopicsWithUsage())[0]!;
    expect(await moveTopic(firstOfAll.id, "up", actor)).toBe(false);
    const sortOrders = (await listTopicsWithUsage()).map((topic) => topic.sortOrder);
    expect(new Set(sortOrders).size).toBe(sortOrders.length);
    expect((await auditFor(tc)).map((row) => row.action)).toEqual(["topic.added", "topic.moved"]);
  });

  it("archives a topic out of the forms while its mentors and bookings keep it", async () => {
    const topic = await createTopic();
    const mentor = await createMentor();
    await db.mentorTopic.create({ data: { mentorId: mentor.id, topicId: topic.id } });
    const booking = await createBookingWith(mentor.id, { startsAt: new Date("2033-06-01T09:00:00Z"), topicIds: [topic.id] });
    expect((await listTopicsWithUsage()).find((row) => row.id === topic.id)).toMatchObject({ mentors: 1, bookings: 1, archived: false });

    expect(await setTopicArchived(topic.id, true, actor)).toBe(true);
    expect(await setTopicArchived(topic.id, true, actor)).toBe(false);
    expect((await listActiveTopics()).some((row) => row.id === topic.id)).toBe(false);
    expect((await listTopicsWithUsage()).find((row) => row.id === topic.id)).toMatchObject({ mentors: 1, bookings: 1, archived: true });
    expect(await db.bookingTopic.count({ where: { bookingId: booking.id, topicId: topic.id } })).toBe(1);

    expect(await setTopicArchived(topic.id, false, actor)).toBe(true);
    expect((await listActiveTopics()).some((row) => row.id === topic.id)).toBe(true);
    expect((await auditFor(topic.id)).map((row) => [row.action, row.actorId])).toEqual([
      ["topic.archived", organiser.id],
      ["topic.unarchived", organiser.id],
    ]);
  });
});
