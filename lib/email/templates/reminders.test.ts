import { describe, expect, it } from "vitest";
import { escapeHtml } from "./layout";
import { founderReminderEmail, mentorReminderEmail } from "./reminders";

const hostile = `<script>alert("x")</script> & 'y'`;
// 09:30–10:30 in Tokyo is 01:30 BST to 01:30 GMT in London, the night British Summer Time ends.
const startsAt = new Date("2026-10-25T00:30:00Z");
const endsAt = new Date("2026-10-25T01:30:00Z");
const cantMakeItUrl = "https://candle.example/bookings/manage/abc?cant=1#cant-make-it";
const manageUrl = "https://candle.example/bookings/manage/abc";
const meetingUrl = "https://meet.example.org/room-42?pwd=a&b";

describe("reminder emails", () => {
  it("tell the founder the time in their zone, the video link, and how to say they cannot come", async () => {
    const email = await founderReminderEmail({
      locale: "en",
      startsAt,
      endsAt,
      timeZone: "Asia/Tokyo",
      founderName: hostile,
      mentorName: "Ren",
      meetingUrl,
      manageUrl,
      cantMakeItUrl,
    });
    expect(email.subject).toBe("Reminder: your session with Ren on Sun 25 Oct");
    expect(email.text).toContain("Sunday 25 October 2026, 09:30–10:30 (Asia/Tokyo");
    for (const url of [cantMakeItUrl, manageUrl, meetingUrl]) {
      expect(email.text).toContain(url);
      expect(email.html).toContain(escapeHtml(url));
    }
    expect(email.html).toContain("I can&#39;t make it");
    expect(email.html).not.toContain("<script>");
    expect(email.html).toContain(escapeHtml(hostile));
  });

  it("show the volunteer a session that crosses their clock change with both offsets, and say a link is missing", async () => {
    const email = await mentorReminderEmail({
      locale: "en",
      startsAt,
      endsAt,
      timeZone: "Europe/London",
      mentorName: "Sam",
      founderName: "Ada",
      founderEmail: "ada@example.com",
      topics: ["Governance"],
      message: "How do we share surplus?\nAnd vote?",
      meetingUrl: null,
      cantMakeItUrl: "https://candle.example/volunteer/sessions?cancel=b1#cancel-b1",
    });
    expect(email.subject).toBe("Reminder: session with Ada on Sun 25 Oct");
    expect(email.text).toMatch(/Sunday 25 October 2026, 01:30 BST – 01:30 GMT/);
    expect(email.text).toContain("please email Ada one");
    expect(email.text).toContain("> How do we share surplus?\n> And vote?");
    expect(email.text).toContain("https://candle.example/volunteer/sessions?cancel=b1#cancel-b1");
  });
});
