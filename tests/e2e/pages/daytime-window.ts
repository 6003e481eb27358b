import type { Page } from "@playwright/test";

/** The "Only show times [08:00–21:00] in my time zone" form on mentor pages and the directory. */
export class DaytimeWindowForm {
  constructor(private readonly page: Page) {}

  toggle() {
    return this.page.getByRole("checkbox", { name: "Only show times" });
  }

  hours() {
    return this.page.getByRole("combobox", { name: "Hours" });
  }

  /** With `hours` as shown, "09:00–17:00", or as sent, "09-17". */
  async turnOn(hours?: string) {
    await this.toggle().check();
    if (hours) await this.hours().selectOption(hours);
    await this.page.getByRole("button", { name: "Apply" }).click();
  }

  async turnOff() {
    await this.toggle().uncheck();
    await this.page.getByRole("button", { name: "Apply" }).click();
  }
}
