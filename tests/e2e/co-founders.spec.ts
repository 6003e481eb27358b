import ICAL from "ical.js";
import { expect, expectAccessible, test } from "./fixtures";
import { inviteIn, linkIn, waitForMail } from "./mailbox";
import { bookAndConfirm, founder, mentorFor } from "./support/founders";

const calendarOf = (ics: string) => {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const event = new ICAL.Event(calendar.getFirstSubcomponent("vevent")!);
  return {
    method: calendar.getFirstPropertyValue("method"),
    uid: event.uid,
    start: event.startDate.toJSDate().toISOString(),
    attendees: event.attendees.map((attendee) => String(attendee.getFirstValue()).replace(/^mailto:/i, "")).sort(),
  };
};

test("co-founders each get a parsable invite listing everyone, one takes themselves off, and the others get the CANCEL", async ({
  page,
  request,
}, testInfo) => {
  const mentor = mentorFor(testInfo, 8);
  const details = founder(testInfo);
  const coFounders = ["bo", "cy", "dee"].map((name) => details.email.replace(/^ada-/, `${name}-`));
  const chosen = await bookAndConfirm(page, mentor.slug, { ...details, coFounders });

  const everyone = [details.email, ...coFounders, mentor.email].sort();
  const invites = await Promise.all(coFounders.map((email) => waitForMail(email, /^Invitation: a session with/)));
  for (const invite of invites) {
    expect(invite.text).not.toContain("/bookings/manage/");
    const calendar = calendarOf(inviteIn(invite));
    expect(calendar).toMatchObject({ method: "REQUEST", start: chosen.start, attendees: everyone });
  }
  const uid = calendarOf(inviteIn(invites[0]!)).uid;

  // One of them is not coming: their link opens a page (a mail scanner fetching it changes nothing); the button takes them off.
  const leave = linkIn(invites[0]!, "/bookings/co-founder/");
  for (const fetch of [request.get, request.head]) expect((await fetch.call(request, leave)).status()).toBe(200);
  await page.goto(leave);
  await expect(page.getByRole("heading", { name: `Your session with ${mentor.displayName}` })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Take me off this session" }).click();
  await expect(page.getByRole("heading", { name: "You are off the session" })).toBeVisible();
  const off = await waitForMail(coFounders[0]!, /^You are off the session/);
  expect(calendarOf(inviteIn(off))).toMatchObject({ method: "CANCEL", uid });

  // The founder cancels: the two still on it get METHOD:CANCEL for the same event.
  const confirmed = await waitForMail(details.email, /^Confirmed/);
  await page.goto(linkIn(confirmed, "/bookings/manage/"));
  await expect(page.getByText(coFounders.slice(1).join(", "))).toBeVisible();
  await page.getByRole("button", { name: "Cancel my session" }).click();
  await expect(page.getByRole("status")).toContainText("Your session is cancelled");
  for (const email of coFounders.slice(1)) {
    const cancelled = await waitForMail(email, /^Cancelled: the session with/);
    expect(calendarOf(inviteIn(cancelled))).toMatchObject({ method: "CANCEL", uid });
  }
});
