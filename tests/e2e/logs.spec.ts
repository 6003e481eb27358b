import path from "node:path";
import { expect, test } from "./fixtures";
import { linkIn, waitForMailIn } from "./mailbox";
import { BookingPage } from "./pages/booking-page";
import { MentorPage } from "./pages/mentor-page";
import { founder, mentorFor } from "./support/founders";
import { startExtraServer, type ExtraServer } from "./support/server";

// A server of its own, so everything in its output comes from this journey.
const PORT = 3210;
const MAIL_DIR = path.resolve(import.meta.dirname, "../.artifacts", `e2e-mail-${PORT}`);
let server: ExtraServer;

test.describe.configure({ mode: "serial" });
test.beforeAll(async () => {
  server = await startExtraServer(PORT);
});
test.afterAll(async () => {
  await server?.stop();
});

test("nothing personal reaches the server's logs through a whole booking: no address, name, token or link", async ({ browser }, testInfo) => {
  const context = await browser.newContext({ baseURL: server.baseURL });
  const page = await context.newPage();
  const details = { ...founder(testInfo), name: `Zora Logcheck ${Date.now().toString(36)}` };
  const mentor = mentorFor(testInfo, 10);

  const profile = new MentorPage(page);
  await profile.goto(mentor.slug);
  await profile.chooseFirstSlot();
  const booking = new BookingPage(page);
  await booking.fill(details);
  await booking.waitLikeAPerson(4_500);
  await booking.submit();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();

  const request = await waitForMailIn(MAIL_DIR, details.email, /^Please confirm/);
  const confirmLink = linkIn(request, "/bookings/confirm/");
  const manageLink = linkIn(request, "/bookings/manage/");
  await page.goto(confirmLink);
  await page.getByRole("button", { name: "Confirm my session" }).click();
  await expect(page.getByRole("heading", { name: "Your session is confirmed" })).toBeVisible();

  const confirmed = await waitForMailIn(MAIL_DIR, details.email, /^Confirmed/);
  await page.goto(linkIn(confirmed, "/bookings/manage/"));
  await page.getByLabel("Reason (optional, shared with your mentor)").fill("Our meeting moved");
  await page.getByRole("button", { name: "Cancel my session" }).click();
  await expect(page.getByText("Your session is cancelled.")).toBeVisible();
  await waitForMailIn(MAIL_DIR, details.email, /^Cancelled/);
  // Bad links too: a mistyped token must not be echoed either.
  await page.goto(`${manageLink}x`);
  // Let housekeeping and the sender write their lines.
  await page.waitForTimeout(3_000);
  await context.close();

  const output = server.output();
  expect(output).toContain('"job":"housekeeping"');
  const tokens = [confirmLink, manageLink].map((link) => link.split("/").pop()!);
  const secrets = [details.email, details.email.split("@")[0]!, details.name, confirmLink, manageLink, ...tokens, "Our meeting moved", details.message];
  for (const secret of secrets) expect(output, `the server's output contains ${secret}`).not.toContain(secret);
});
