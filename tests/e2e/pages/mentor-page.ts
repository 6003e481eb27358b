import type { Page } from "@playwright/test";

export class MentorPage {
  constructor(private readonly page: Page) {}

  async goto(slug: string) {
    await this.page.goto(`/mentors/${slug}`);
  }

  zoneNote() {
    return this.page.getByText(/^Times are shown in/);
  }

  slots() {
    return this.page.locator("a.slot");
  }

  /** Picks the first free slot; returns its instant and the text the page showed for it. */
  async chooseFirstSlot() {
    const slot = this.slots().first();
    const start = await slot.locator("time").getAttribute("datetime");
    const label = await slot.getAttribute("aria-label");
    await slot.click();
    return { start: start!, label: label! };
  }
}
