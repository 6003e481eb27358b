import { describe, expect, it } from "vitest";
import { coFounderEmail, type CoFounderNews } from "./co-founders";
import { escapeHtml } from "./layout";

const hostile = `<script>alert("x")</script> & 'y'`;
const base = {
  founderName: hostile,
  mentorName: "Ren",
  startsAt: new Date("2026-11-10T00:30:00Z"),
  endsAt: new Date("2026-11-10T01:30:00Z"),
  timeZone: "Asia/Tokyo",
  meetingUrl: "https://meet.example.org/room?a=1&b=2",
  removeUrl: "https://candle.example/bookings/co-founder/abc",
};

describe("co-founder emails", () => {
  it("invite in the founder's zone with the video link and a way off the session, and no manage link", async () => {
    const email = await coFounderEmail({ locale: "en", ...base, news: "invited" });
    expect(email.subject).toBe("Invitation: a session with Ren on Tue 10 Nov");
    expect(email.text).toContain("Tuesday 10 November 2026, 09:30–10:30 (Asia/Tokyo");
    expect(email.text).toContain(`Take me off this session:\n${base.removeUrl}`);
    expect(email.html).toContain(escapeHtml(base.meetingUrl));
    expect(email.text).not.toContain("/bookings/manage/");
    expect(email.html).not.toContain("<script>");
    expect(email.html).toContain(escapeHtml(hostile));
  });

  it("say what changed, showing the old time of a move, and offer no way off once it is cancelled or they left", async () => {
    const moved = await coFounderEmail({
      locale: "en",
      ...base,
      news: "moved",
      previous: { startsAt: new Date("2026-11-09T00:30:00Z"), endsAt: new Date("2026-11-09T01:30:00Z") },
    });
    expect(moved.subject).toBe("Moved: the session with Ren is now Tue 10 Nov");
    expect(moved.text).toContain("Monday 9 November 2026, 09:30–10:30");
    for (const news of ["cancelled", "removed"] as CoFounderNews[]) {
      const email = await coFounderEmail({ locale: "en", ...base, news });
      expect(email.text).not.toContain(base.removeUrl);
      expect(email.text).not.toContain(base.meetingUrl);
    }
  });
});
