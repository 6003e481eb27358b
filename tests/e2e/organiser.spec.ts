import { DEMO_MENTORS, DEMO_ORGANISER } from "../../prisma/demo-data";
import { queryE2eDatabase } from "./database";
import { expect, expectAccessible, expectNoHorizontalScroll, test } from "./fixtures";
import { waitForMail } from "./mailbox";
import { applyToVolunteer } from "./pages/join-page";
import { signIn } from "./pages/sign-in";

const PAGES = ["/organiser", "/organiser/volunteers", "/organiser/topics", "/organiser/stats", "/organiser/audit"];
const EXPORTS = ["/organiser/stats/bookings.csv", "/organiser/stats/bookings.csv?text=1", "/organiser/stats/summary.csv"];
const volunteer = DEMO_MENTORS.find((mentor) => mentor.slug === "theo-marchetti")!;

test.describe.configure({ mode: "serial" });

test("anonymous visitors are sent to sign in and refused the exports", async ({ page, request }) => {
  for (const path of PAGES) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/signin\?next=/);
  }
  for (const path of EXPORTS) expect((await request.get(path)).status(), path).toBe(401);
});

test("a volunteer finds no organiser pages and is refused the exports", async ({ page }, testInfo) => {
  test.skip(testInfo.project.name === "phone", "one walk is enough");
  await signIn(page, volunteer.email);
  for (const path of PAGES) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
  }
  for (const path of EXPORTS) expect((await page.request.get(path)).status(), path).toBe(403);
  expect(queryE2eDatabase<{ n: number }>(`SELECT COUNT(*) AS n FROM AuditLog WHERE action LIKE 'export.%'`)[0]!.n).toBe(0);
});

test("an organiser approves an application, reads the stats, downloads the CSV and finds it all in the audit log", async ({ page }, testInfo) => {
  test.skip(testInfo.project.name === "phone", "one organiser flow is enough");
  const applicant = { email: `ines-${Date.now()}@example.org`, name: "Inès Moreau" };
  await applyToVolunteer(page, {
    ...applicant,
    headline: "Twenty years in a Lyon printing co-operative",
    about: "Our SCOP has survived two recessions; I can talk about member capital and hard years.",
    topic: "Finance & funding",
    language: "French",
    zone: "Europe/Paris",
    country: "France",
  });

  await signIn(page, DEMO_ORGANISER.email, "/organiser");
  for (const path of PAGES) {
    await page.goto(path);
    await expectAccessible(page);
  }

  await page.goto("/organiser/volunteers");
  const application = page.getByRole("list", { name: "Applications" }).getByRole("listitem").filter({ hasText: applicant.name });
  await expect(application).toContainText("I want to pass it on");
  await application.getByRole("button", { name: `Approve ${applicant.name}` }).click();
  await expect(page.getByRole("list", { name: "Applications" }).getByRole("listitem").filter({ hasText: applicant.name })).toHaveCount(0);
  const approval = await waitForMail(applicant.email, /approved/);
  expect(approval.text).toContain("/volunteer");
  expect(
    queryE2eDatabase<{ status: string }>(`SELECT m.status FROM MentorProfile m JOIN User u ON u.id = m.userId WHERE u.email = ?`, applicant.email)[0]!.status,
  ).toBe("approved");

  await page.goto("/organiser/stats");
  await expect(page.getByRole("heading", { name: "Sessions booked per week" })).toBeVisible();
  await expect(page.getByRole("img", { name: /Booked sessions per week/ })).toBeVisible();
  await page.getByText("Show “Booked sessions per week” as a table").click();
  await expect(page.getByRole("table").first()).toBeVisible();
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download bookings (CSV)" }).click();
  const csv = await (await download).createReadStream().then(async (stream) => {
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString("utf8");
  });
  expect(csv.split("\n")[0]).toMatch(/status/i);
  expect(csv).not.toContain("@example.com");

  await page.goto("/organiser/audit");
  await expect(page.getByRole("main")).toContainText(applicant.name);
  await expect(page.getByRole("main")).toContainText(/export|download/i);
});

test("organiser pages fit a phone", async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== "phone", "phone layout only");
  await signIn(page, DEMO_ORGANISER.email, "/organiser");
  for (const path of PAGES) {
    await page.goto(path);
    await expectNoHorizontalScroll(page).catch((error: Error) => {
      throw new Error(`${path}: ${error.message}`);
    });
  }
});
