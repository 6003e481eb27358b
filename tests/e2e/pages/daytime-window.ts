import type { Page } from "@playwright/test";

/** The "Only show times between … in my time zone" form on mentor pages and the directory. */
export class DaytimeWindowForm {
  constructor(private readonly page: Page) {}

  toggle() {
    return this.page.getByRole("checkbox", { name: "Only show times between" });
  }

  from() {
    return this.page.getByRole("combobox", { name: "From" });
  }

  until() {
    return this.page.getByRole("combobox", { name: "Until" });
  }

  async turnOn(from?: string, until?: string) {
    await this.toggle().check();
    if (from) await this.from().selectOption(from);
    if (until) await this.until().selectOption(until);
    await this.page.getByRole("button", { name: "Apply" }).click();
  }

  async turnOff() {
    await this.toggle().uncheck();
    await this.page.getByRole("button", { name: "Apply" }).click();
  }
}
