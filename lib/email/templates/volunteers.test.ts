import { describe, expect, it } from "vitest";
import { escapeHtml } from "./layout";
import {
  volunteerApprovedEmail,
  volunteerDeclinedEmail,
  volunteerInvitationEmail,
  volunteerPausedEmail,
  volunteerResumedEmail,
  volunteerRetiredEmail,
  type RenderedEmail,
} from "./volunteers";

const hostile = `<script>alert("x")</script> & 'y'`;
const volunteerUrl = "https://candle.example/volunteer?from=mail&x=1";
const profileUrl = "https://candle.example/mentors/ana-perez";
const joinUrl = "https://candle.example/join?via=invite&x=2";

function expectSafe(email: RenderedEmail) {
  expect(email.html).not.toContain("<script");
  expect(email.subject).not.toMatch(/\n/);
  expect(email.text).not.toContain("&amp;");
  expect(email.text).toMatch(/\n-- \nCandle/);
}

function expectLinks(email: RenderedEmail, urls: string[]) {
  for (const url of urls) {
    expect(email.text).toContain(url);
    expect(email.html).toContain(`href="${escapeHtml(url)}"`);
  }
  const found = (email.html.match(/https?:\/\/[^\s"<>]+/g) ?? []).map((url) => url.replaceAll("&amp;", "&"));
  for (const url of found) expect(urls).toContain(url);
}

describe("volunteer emails", () => {
  it("tells an approved volunteer where to check their hours and their public page", async () => {
    const email = await volunteerApprovedEmail({ locale: "en", name: hostile, volunteerUrl, profileUrl });
    expect(email.subject).toBe("You are approved as a Candle volunteer");
    expect(email.html).toContain(`Hi ${escapeHtml(hostile)},`);
    expect(email.text).toContain(`Hi ${hostile},`);
    expect(email.text).toContain("founders can now find you in the directory");
    expectLinks(email, [volunteerUrl, profileUrl]);
    expectSafe(email);
  });

  it("declines kindly, with no links", async () => {
    const email = await volunteerDeclinedEmail({ locale: "en", name: "Ana Pérez" });
    expect(email.subject).toBe("Your application to volunteer with Candle");
    expect(email.text).toContain("Hi Ana Pérez,");
    expect(email.text).toContain("not able to accept your application this time");
    expect(email.text).toContain("reply to this email");
    expectLinks(email, []);
    expectSafe(email);
  });

  it("says how many sessions a pause cancelled, and leaves the sentence out when none", async () => {
    const three = await volunteerPausedEmail({ locale: "en", name: "Ana", cancelledSessions: 3, volunteerUrl });
    expect(three.subject).toBe("Your Candle listing is paused");
    expect(three.text).toContain("Your 3 upcoming sessions were cancelled.");
    expect(three.html).toContain("Your 3 upcoming sessions were cancelled.");
    expectLinks(three, [volunteerUrl]);
    expect((await volunteerPausedEmail({ locale: "en", name: "Ana", cancelledSessions: 1, volunteerUrl })).text).toContain(
      "Your 1 upcoming session was cancelled.",
    );
    const none = await volunteerPausedEmail({ locale: "en", name: "Ana", cancelledSessions: 0, volunteerUrl });
    expect(none.text).not.toContain("cancelled");
    expectSafe(none);
  });

  it("welcomes a resumed volunteer back", async () => {
    const email = await volunteerResumedEmail({ locale: "en", name: "Ana", volunteerUrl, profileUrl });
    expect(email.subject).toBe("Your Candle listing is back");
    expectLinks(email, [volunteerUrl, profileUrl]);
    expectSafe(email);
  });

  it("thanks a retired volunteer and reports cancelled sessions", async () => {
    const email = await volunteerRetiredEmail({ locale: "en", name: "Ana", cancelledSessions: 2 });
    expect(email.subject).toBe("Thank you for volunteering with Candle");
    expect(email.text).toContain("Your 2 upcoming sessions were cancelled.");
    expectLinks(email, []);
    expectSafe(email);
  });

  it("invites someone to the application page", async () => {
    const email = await volunteerInvitationEmail({ locale: "en", joinUrl });
    expect(email.subject).toBe("You are invited to volunteer with Candle");
    expect(email.text).toContain(`Apply to volunteer:\n${joinUrl}`);
    expectLinks(email, [joinUrl]);
    expectSafe(email);
  });
});
