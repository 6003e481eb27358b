import type { Page } from "@playwright/test";

export interface FounderDetails {
  name: string;
  email: string;
  country: string;
  stage: string;
  message: string;
  coFounders?: string[];
}

export class BookingPage {
  constructor(readonly page: Page) {}

  heading() {
    return this.page.getByRole("heading", { level: 1, name: "Book your session" });
  }

  async fill(details: FounderDetails) {
    const form = this.page.locator("form.form");
    await form.getByLabel("Your name").fill(details.name);
    await form.getByLabel("Email").fill(details.email);
    if (details.coFounders) await form.getByLabel("Co-founders coming too").fill(details.coFounders.join(", "));
    await form.getByLabel("Country").selectOption({ label: details.country });
    await form.getByRole("radio", { name: details.stage }).check();
    await form.getByLabel("What would you like to talk about?").fill(details.message);
    await form.getByRole("checkbox", { name: /I agree/ }).check();
  }

  /** The server refuses forms sent faster than a person could fill them in. */
  async waitLikeAPerson(ms: number) {
    await this.page.waitForTimeout(ms);
  }

  async submit() {
    await this.page.getByRole("button", { name: "Book this session" }).click();
  }

  alert() {
    return this.page.locator("form.form").getByRole("alert");
  }
}
