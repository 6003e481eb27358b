import { describe, expect, it } from "vitest";
import { escapeHtml } from "./layout";
import { waitlistConfirmEmail, waitlistFreedEmail } from "./waitlist";

const hostile = `<script>alert("x")</script> & 'y'`;
const confirmUrl = "https://candle.example/waitlist/confirm/abc";
const unsubscribeUrl = "https://candle.example/waitlist/unsubscribe/def";
const bookUrl = "https://candle.example/mentors/ren/book?start=2026-10-25T00%3A30%3A00.000Z&tz=Asia%2FTokyo";

describe("waitlist emails", () => {
  it("ask to confirm before anything else is sent, with the link's deadline in the founder's zone and a way off", async () => {
    const email = await waitlistConfirmEmail({
      locale: "en",
      waitingFor: { mentorName: hostile },
      confirmUrl,
      unsubscribeUrl,
      confirmBy: new Date("2026-10-25T00:30:00Z"),
      timeZone: "Asia/Tokyo",
      waitDays: 30,
    });
    expect(email.subject).toMatch(/^Please confirm: tell me when /);
    expect(email.subject).not.toContain("\n");
    expect(email.text).toContain("Sunday 25 October 2026, 09:30 (Asia/Tokyo");
    expect(email.text).toContain("for up to 30 days");
    for (const url of [confirmUrl, unsubscribeUrl]) {
      expect(email.text).toContain(url);
      expect(email.html).toContain(escapeHtml(url));
    }
    expect(email.html).not.toContain("<script>");
    expect(email.html).toContain(escapeHtml(hostile));
  });

  it("tell of a freed time in the founder's zone, across a clock change, with the booking link and the way off", async () => {
    // 09:30–10:30 in Tokyo is 01:30 BST to 01:30 GMT in London, the night British Summer Time ends.
    const email = await waitlistFreedEmail({
      locale: "en",
      mentorName: "Ren",
      startsAt: new Date("2026-10-25T00:30:00Z"),
      endsAt: new Date("2026-10-25T01:30:00Z"),
      timeZone: "Europe/London",
      bookUrl,
      mentorUrl: "https://candle.example/mentors/ren",
      unsubscribeUrl,
    });
    expect(email.subject).toBe("Ren has a free time on Sun 25 Oct");
    expect(email.text).toMatch(/Sunday 25 October 2026, 01:30 BST – 01:30 GMT/);
    expect(email.text).toContain(`Book this time:\n${bookUrl}`);
    expect(email.html).toContain(escapeHtml(bookUrl));
    expect(email.text).toContain(unsubscribeUrl);
    expect(email.text).toContain("You asked us to tell you when Ren has free time.");
  });

  it("name what a directory search asked for", async () => {
    const email = await waitlistFreedEmail({
      locale: "en",
      mentorName: "Ren",
      startsAt: new Date("2026-03-03T18:00:00Z"),
      endsAt: new Date("2026-03-03T19:00:00Z"),
      timeZone: "UTC",
      bookUrl,
      mentorUrl: "https://candle.example/mentors/ren",
      unsubscribeUrl,
      searchedFor: "Governance, in Spanish",
    });
    expect(email.text).toContain("a mentor for Governance, in Spanish has free time. Ren has:");
  });
});
