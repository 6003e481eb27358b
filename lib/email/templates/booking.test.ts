import { beforeAll, describe, expect, it } from "vitest";
import {
  confirmBookingEmail,
  sessionCancelledEmail,
  sessionConfirmedFounderEmail,
  sessionConfirmedMentorEmail,
  sessionMovedEmail,
  type RenderedEmail,
} from "./booking";
import { escapeHtml } from "./layout";

const hostile = `<script>alert("x")</script> & 'y'`;
const escapedHostile = escapeHtml(hostile);

const confirmUrl = "https://candle.example/bookings/confirm?token=abc&x=1";
const manageUrl = "https://candle.example/bookings/manage?token=def&x=2";
const meetingUrl = "https://meet.example.org/room-42?pwd=a&b";
const sessionsUrl = "https://candle.example/volunteer/sessions";
const rebookUrl = "https://candle.example/mentors?topic=governance&from=cancel";

// 18:00–19:00 in London, the day after British Summer Time starts.
const startsAt = new Date("2026-03-30T17:00:00Z");
const endsAt = new Date("2026-03-30T18:00:00Z");
const londonWhen = "Monday 30 March 2026, 18:00–19:00 (Europe/London, BST)";

function preheaderOf(email: RenderedEmail): string {
  return /<div style="display:none;[^"]*">([^&]*)/.exec(email.html)?.[1] ?? "";
}

/** Every web address in the HTML, with entities decoded, must be one we passed in. */
function expectOnlyTheseUrls(email: RenderedEmail, allowed: string[]) {
  const found = email.html.match(/https?:\/\/[^\s"<>]+/g) ?? [];
  for (const url of found) expect(allowed).toContain(url.replaceAll("&amp;", "&"));
  for (const url of allowed) expect(email.html).toContain(escapeHtml(url));
}

function expectLinksInText(email: RenderedEmail, urls: string[]) {
  for (const url of urls) expect(email.text).toContain(url);
  expect(email.text).not.toContain("&amp;");
}

function expectHostileEscaped(email: RenderedEmail) {
  expect(email.html).not.toContain("<script");
  expect(email.html).not.toContain(`"x"`);
  expect(email.html).not.toContain("'y'");
  expect(email.html).toContain(escapedHostile);
  expect(email.subject).not.toMatch(/\n/);
}

describe("confirmBookingEmail", () => {
  const input = {
    founderName: "Sam Okafor",
    mentorName: "Ana Pérez",
    startsAt,
    endsAt,
    timeZone: "Europe/London",
    confirmUrl,
    manageUrl,
    expiresAt: new Date("2026-03-28T12:30:00Z"),
    held: true,
  };
  let email: RenderedEmail;
  beforeAll(async () => {
    email = await confirmBookingEmail({ ...input, locale: "en" });
  });

  it("says plainly when the time is not held, and until when the link works", async () => {
    const request = await confirmBookingEmail({ ...input, locale: "en", held: false });
    expect(request.text).toContain("This time is not held for you yet: it is yours if it is still free when you confirm");
    expect(request.text).not.toContain("We are holding this time");
  });

  it("asks the founder to confirm, naming the mentor", async () => {
    expect(email.subject).toBe("Please confirm your session with Ana Pérez");
    expect(email.text).toContain("Hi Sam Okafor,");
    expect(email.html).toContain("Ana Pérez");
    expect(email.html).toContain("Confirm my session");
  });

  it("says how long the slot is held, in the founder's zone", async () => {
    const held = "Saturday 28 March 2026, 12:30 (Europe/London, GMT)";
    expect(email.text).toContain(`until ${held}`);
    expect(email.html).toContain(held);
    expect(preheaderOf(email)).toBe(`One click to confirm. We are holding the time until ${held}.`);
  });

  it("shows the session time in summer time with the zone named", async () => {
    expect(email.text).toContain(londonWhen);
    expect(email.html).toContain(londonWhen);
  });

  it("tells someone who did not ask that they can ignore it", async () => {
    expect(email.text).toContain("If you did not ask for this, you can ignore this email");
  });

  it("carries both links in full and no others", async () => {
    expectLinksInText(email, [confirmUrl, manageUrl]);
    expectOnlyTheseUrls(email, [confirmUrl, manageUrl]);
    expect(email.html).toContain(`href="${escapeHtml(confirmUrl)}"`);
  });

  it("escapes everything it is given", async () => {
    expectHostileEscaped(await confirmBookingEmail({ ...input, locale: "en", founderName: hostile, mentorName: hostile }));
  });
});

describe("sessionConfirmedFounderEmail", () => {
  const input = {
    founderName: "Sam Okafor",
    mentorName: "Ana Pérez",
    mentorCoop: "Suma Wholefoods",
    startsAt,
    endsAt,
    timeZone: "Europe/London",
    meetingUrl,
    manageUrl,
    topics: ["Governance", "Finance & funding"],
  };
  let email: RenderedEmail;
  beforeAll(async () => {
    email = await sessionConfirmedFounderEmail({ ...input, locale: "en" });
  });

  it("confirms the session with the mentor and their co-op", async () => {
    expect(email.subject).toBe("Confirmed: your session with Ana Pérez on Mon 30 Mar");
    expect(email.text).toContain("Your session with Ana Pérez (Suma Wholefoods) is confirmed.");
    expect(email.text).toContain("calendar invite is attached");
    expect(email.text).toContain("Topics:     Governance, Finance & funding");
    expect(email.html).toContain("Governance, Finance &amp; funding");
    expect(preheaderOf(email)).toBe(`${londonWhen}. The calendar invite is attached.`);
  });

  it("gives the meeting link, some preparation and the manage link", async () => {
    expect(email.text).toContain(`Video call: ${meetingUrl}`);
    expect(email.text).toContain("Before you meet");
    expect(email.text).toContain("cancel or move the session");
    expectLinksInText(email, [meetingUrl, manageUrl]);
    expectOnlyTheseUrls(email, [meetingUrl, manageUrl]);
  });

  it("copes with no co-op, no topics and no meeting link yet", async () => {
    const bare = await sessionConfirmedFounderEmail({ ...input, locale: "en", mentorCoop: null, topics: [], meetingUrl: null });
    expect(bare.text).toContain("Your session with Ana Pérez is confirmed.");
    expect(bare.text).not.toContain("Topics");
    expect(bare.text).toContain("Ana Pérez will send you the video call link");
    expect(bare.html).not.toContain("Join the video call");
    expectOnlyTheseUrls(bare, [manageUrl]);
  });

  it("escapes everything it is given", async () => {
    expectHostileEscaped(
      await sessionConfirmedFounderEmail({
        locale: "en",
        ...input,
        founderName: hostile,
        mentorName: hostile,
        mentorCoop: hostile,
        topics: [hostile],
        meetingUrl: `https://meet.example.org/"><script>`,
      }),
    );
  });
});

describe("sessionConfirmedMentorEmail", () => {
  const input = {
    mentorName: "Ana Pérez",
    founderName: "Sam Okafor",
    founderEmail: "sam@example.org",
    founderCountry: "NG",
    coopStage: "forming_group" as const,
    topics: ["Governance"],
    message: "We are five bakers.\nHow do we share the work fairly?",
    // 18:00–19:00 in New York, the day after its clocks went forward.
    startsAt: new Date("2026-03-09T22:00:00Z"),
    endsAt: new Date("2026-03-09T23:00:00Z"),
    timeZone: "America/New_York",
    meetingUrl,
    sessionsUrl,
  };
  let email: RenderedEmail;
  beforeAll(async () => {
    email = await sessionConfirmedMentorEmail({ ...input, locale: "en" });
  });

  it("says who booked and what they want to talk about", async () => {
    expect(email.subject).toBe("New session with Sam Okafor on Mon 9 Mar");
    expect(email.text).toContain("Hi Ana Pérez,");
    expect(email.text).toContain("sam@example.org");
    expect(email.text).toContain("Nigeria");
    expect(email.text).toContain("Forming a group");
    expect(email.text).toContain("Governance");
    expect(preheaderOf(email)).toBe("Monday 9 March 2026, 18:00–19:00 (America/New_York, GMT-4). Topics: Governance.");
  });

  it("shows the time in the mentor's zone after New York's clock change", async () => {
    expect(email.text).toContain("Monday 9 March 2026, 18:00–19:00 (America/New_York, GMT-4)");
  });

  it("quotes the message with its line breaks", async () => {
    expect(email.text).toContain("> We are five bakers.\n> How do we share the work fairly?");
    expect(email.html).toMatch(/<blockquote[^>]*>We are five bakers\.<br>How do we share the work fairly\?<\/blockquote>/);
  });

  it("links to the sessions page and the call, in full", async () => {
    expectLinksInText(email, [sessionsUrl, meetingUrl]);
    expectOnlyTheseUrls(email, [sessionsUrl, meetingUrl]);
  });

  it("leaves out an empty message and asks for a link when there is none", async () => {
    const bare = await sessionConfirmedMentorEmail({ ...input, locale: "en", message: "  ", topics: [], meetingUrl: null });
    expect(bare.html).not.toContain("<blockquote");
    expect(bare.text).not.toContain("words:");
    expect(bare.text).toContain("None chosen");
    expect(bare.text).toContain("please email Sam Okafor one before the session");
  });

  it("escapes everything it is given", async () => {
    expectHostileEscaped(
      await sessionConfirmedMentorEmail({
        locale: "en",
        ...input,
        mentorName: hostile,
        founderName: hostile,
        founderEmail: hostile,
        founderCountry: hostile,
        topics: [hostile],
        message: `${hostile}\n${hostile}`,
      }),
    );
  });
});

describe("sessionCancelledEmail", () => {
  const base = {
    recipientName: "Sam Okafor",
    otherPersonName: "Ana Pérez",
    cancelledBy: "mentor" as const,
    reason: "I am ill, sorry.",
    startsAt,
    endsAt,
    timeZone: "Europe/London",
    rebookUrl,
  };

  it("tells the founder the mentor cancelled, why, and offers someone else", async () => {
    const email = await sessionCancelledEmail({ ...base, locale: "en" });
    expect(email.subject).toBe("Cancelled: your session with Ana Pérez on Mon 30 Mar");
    expect(email.text).toContain("Ana Pérez has cancelled your session.");
    expect(email.text).toContain("> I am ill, sorry.");
    expect(email.html).toContain("I am ill, sorry.");
    expect(email.text).toContain(londonWhen);
    expect(email.text).toContain(`Book someone else:\n${rebookUrl}`);
    expect(email.html).toContain("Book someone else");
    expect(preheaderOf(email)).toBe(`Ana Pérez has cancelled your session. It was set for ${londonWhen}.`);
    expectOnlyTheseUrls(email, [rebookUrl]);
  });

  it("offers no rebooking link when none is given", async () => {
    const email = await sessionCancelledEmail({ ...base, locale: "en", rebookUrl: null });
    expect(email.text).not.toContain("Book someone else");
    expect(email.html).not.toContain("Book someone else");
    expect(email.html).not.toMatch(/https?:/);
  });

  it("tells the mentor the founder cancelled, without a reason when none was given", async () => {
    const email = await sessionCancelledEmail({
      locale: "en",
      ...base,
      recipientName: "Ana Pérez",
      otherPersonName: "Sam Okafor",
      cancelledBy: "founder",
      reason: null,
      rebookUrl: null,
    });
    expect(email.text).toContain("Hi Ana Pérez,");
    expect(email.text).toContain("Sam Okafor has cancelled your session.");
    expect(email.text).not.toContain("reason");
    expect(email.text).not.toContain("Sorry");
  });

  it("confirms a cancellation to the person who made it", async () => {
    const email = await sessionCancelledEmail({ ...base, locale: "en", cancelledBy: "founder", recipientRole: "founder", rebookUrl });
    expect(email.text).toContain("You cancelled your session with Ana Pérez.");
    expect(email.text).toContain(`Book another session:\n${rebookUrl}`);
  });

  it("names an organiser's cancellation neutrally", async () => {
    const email = await sessionCancelledEmail({ ...base, locale: "en", cancelledBy: "organiser", reason: "  " });
    expect(email.text).toContain("A Candle organiser has cancelled your session with Ana Pérez.");
    expect(email.html).not.toContain("<blockquote");
  });

  it("escapes everything it is given", async () => {
    expectHostileEscaped(await sessionCancelledEmail({ ...base, locale: "en", recipientName: hostile, otherPersonName: hostile, reason: hostile }));
  });
});

describe("sessionMovedEmail", () => {
  const base = {
    recipientName: "Ana Pérez",
    otherPersonName: "Sam Okafor",
    previousStartsAt: new Date("2026-03-03T23:30:00Z"),
    previousEndsAt: new Date("2026-03-04T00:30:00Z"),
    startsAt,
    endsAt,
    timeZone: "Europe/London",
    meetingUrl,
    manageUrl,
  };

  it("gives the new and old times, the call link and the manage link", async () => {
    const email = await sessionMovedEmail({ ...base, locale: "en" });
    expect(email.subject).toBe("Moved: your session with Sam Okafor is now Mon 30 Mar");
    expect(email.text).toContain(`New time:   ${londonWhen}`);
    expect(email.text).toContain("Was:        Tuesday 3 March 2026, 23:30 – Wednesday 4 March 2026, 00:30 (Europe/London, GMT)");
    expect(email.text).toContain("Sam Okafor");
    expect(preheaderOf(email)).toBe(`Now ${londonWhen}.`);
    expectLinksInText(email, [meetingUrl, manageUrl]);
    expectOnlyTheseUrls(email, [meetingUrl, manageUrl]);
  });

  it("leaves out the manage link when there is none", async () => {
    const email = await sessionMovedEmail({ ...base, locale: "en", manageUrl: null, meetingUrl: null });
    expect(email.text).not.toContain("manage your session");
    expect(email.html).not.toMatch(/https?:/);
  });

  it("escapes everything it is given", async () => {
    expectHostileEscaped(await sessionMovedEmail({ ...base, locale: "en", recipientName: hostile, otherPersonName: hostile }));
  });
});

describe("subjects", () => {
  it("stay within 78 characters even with long names", async () => {
    const longName = "Maria Fernanda de los Santos Rodríguez-Villanueva\nthe Second";
    const mails = [
      await confirmBookingEmail({
        locale: "en",
        founderName: "x",
        mentorName: longName,
        startsAt,
        endsAt,
        timeZone: "Europe/London",
        confirmUrl,
        manageUrl,
        expiresAt: startsAt,
        held: true,
      }),
      await sessionCancelledEmail({
        locale: "en",
        recipientName: "x",
        otherPersonName: longName,
        cancelledBy: "mentor",
        reason: null,
        startsAt,
        endsAt,
        timeZone: "Europe/London",
        rebookUrl: null,
      }),
      await sessionMovedEmail({
        locale: "en",
        recipientName: "x",
        otherPersonName: longName,
        previousStartsAt: startsAt,
        previousEndsAt: endsAt,
        startsAt: new Date("2026-09-30T17:00:00Z"),
        endsAt: new Date("2026-09-30T18:00:00Z"),
        timeZone: "Europe/London",
        meetingUrl: null,
        manageUrl: null,
      }),
    ];
    for (const subject of mails.map((mail) => mail.subject)) {
      expect(subject.length).toBeLessThanOrEqual(78);
      expect(subject).not.toContain("\n");
      expect(subject).toContain("Maria Fernanda");
    }
  });
});
