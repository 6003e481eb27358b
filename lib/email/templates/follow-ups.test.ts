import { describe, expect, it } from "vitest";
import { escapeHtml } from "./layout";
import { feedbackRequestEmail, outcomeRequestEmail } from "./follow-ups";

const hostile = `<script>alert("x")</script> & 'y'`;
// 18:00–19:00 in Buenos Aires is 22:00–23:00 in Madrid that day.
const startsAt = new Date("2026-11-10T21:00:00Z");
const endsAt = new Date("2026-11-10T22:00:00Z");

describe("follow-up emails", () => {
  it("ask the founder for feedback in their zone, with a link per score and one to the page", async () => {
    const ratingUrls = [1, 2, 3, 4, 5].map((score) => `https://candle.example/bookings/manage/abc/feedback?useful=${score}&x=1`);
    const email = await feedbackRequestEmail({
      locale: "en",
      startsAt,
      endsAt,
      timeZone: "America/Argentina/Buenos_Aires",
      founderName: hostile,
      mentorName: "Ana",
      feedbackUrl: "https://candle.example/bookings/manage/abc/feedback",
      ratingUrls,
    });
    expect(email.subject).toBe("How was your session with Ana?");
    expect(email.text).toContain("Tuesday 10 November 2026, 18:00–19:00");
    expect(email.text).toContain("https://candle.example/bookings/manage/abc/feedback");
    for (const url of ratingUrls) expect(email.html).toContain(escapeHtml(url));
    expect(email.html).not.toContain("<script>");
    expect(email.html).toContain(escapeHtml(hostile));
  });

  it("ask the volunteer in their zone whether it took place, with one link for each answer", async () => {
    const email = await outcomeRequestEmail({
      locale: "en",
      startsAt,
      endsAt,
      timeZone: "Europe/Madrid",
      mentorName: "Ana",
      founderName: hostile,
      heldUrl: "https://candle.example/sessions/b1/outcome/k?mark=held",
      noShowUrl: "https://candle.example/sessions/b1/outcome/k?mark=no_show",
    });
    expect(email.subject).toMatch(/^Did your session with .* take place\?$/);
    expect(email.text).toContain("22:00–23:00");
    expect(email.text).toContain("https://candle.example/sessions/b1/outcome/k?mark=held");
    expect(email.html).toContain(escapeHtml("https://candle.example/sessions/b1/outcome/k?mark=no_show"));
    expect(email.html).not.toContain("<script>");
  });
});
