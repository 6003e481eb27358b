import { DEMO_MENTORS } from "../../prisma/demo-data";
import { queryE2eDatabase } from "./database";
import { expect, test } from "./fixtures";
import { signIn } from "./pages/sign-in";

const marcus = DEMO_MENTORS.find((mentor) => mentor.slug === "marcus-delacroix-hill")!;

interface Row {
  id: string;
  status: string;
}

const rosasBooking = () =>
  queryE2eDatabase<Row>(
    `SELECT b.id, b.status FROM Booking b JOIN MentorProfile m ON m.id = b.mentorId WHERE m.slug = 'rosa-pennington' AND b.founderName = 'Callum Reid'`,
  )[0]!;
const rosasDayOff = () =>
  queryE2eDatabase<Row>(`SELECT d.id, 'kept' AS status FROM DayOff d JOIN MentorProfile m ON m.id = d.mentorId WHERE m.slug = 'rosa-pennington'`)[0];

test.describe.configure({ mode: "serial" });

test("a volunteer cannot read or change another volunteer's sessions or availability, even by forging ids", async ({ page, request }, testInfo) => {
  test.skip(testInfo.project.name === "phone", "one walk is enough");
  const target = rosasBooking();
  expect(target.status).toBe("confirmed");
  const dayOff = rosasDayOff();
  expect(dayOff).toBeDefined();

  expect((await request.get(`/volunteer/sessions/${target.id}/invite.ics`)).status()).toBe(401);
  await signIn(page, marcus.email);

  const download = await page.request.get(`/volunteer/sessions/${target.id}/invite.ics`);
  expect(download.status()).toBe(404);

  await page.goto("/volunteer/sessions");
  const cancelForm = page
    .locator("form")
    .filter({ has: page.locator('input[name="bookingId"]') })
    .first();
  await cancelForm.locator('input[name="bookingId"]').evaluate((input: HTMLInputElement, id) => (input.value = id), target.id);
  await page.getByText("Cancel this session").first().click();
  await cancelForm.getByLabel("Why are you cancelling?").fill("Forged");
  await cancelForm.getByRole("button", { name: /Cancel the session/ }).click();
  await expect(
    page
      .getByRole("alert")
      .or(page.getByRole("status"))
      .filter({ hasText: /can no longer be cancelled|could not be found/ })
      .first(),
  ).toBeVisible();
  expect(rosasBooking().status).toBe("confirmed");

  await page.goto("/volunteer/availability");
  const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
  await page.getByLabel("First day").fill(inDays(200));
  await page.getByLabel("Last day").fill(inDays(201));
  await page.getByRole("button", { name: "Add days off" }).click();
  const daysOff = page.getByRole("list", { name: "Your days off" });
  const remove = daysOff.locator('button[name="remove"]').last();
  await expect(remove).toBeVisible();
  await remove.evaluate((button: HTMLButtonElement, id) => (button.value = id), dayOff!.id);
  await remove.click();
  await expect(page.getByRole("alert").filter({ hasText: "Those days off were already removed." })).toBeVisible();
  expect(rosasDayOff()?.id).toBe(dayOff!.id);
});

test("calendar feeds answer 404 to addresses that were never issued", async ({ request }) => {
  for (const token of ["nope", "A".repeat(43), `${"A".repeat(43)}.ics`]) {
    const response = await request.get(`/calendar/${token}`);
    expect(response.status()).toBe(404);
  }
});
