import type { Page } from "@playwright/test";

export class DirectoryPage {
  constructor(private readonly page: Page) {}

  async goto() {
    await this.page.goto("/mentors");
  }

  heading() {
    return this.page.getByRole("heading", { level: 1, name: "Find a mentor" });
  }

  mentorList() {
    return this.page.getByRole("list", { name: "Mentors" });
  }

  mentorCards() {
    return this.mentorList().getByRole("article");
  }

  mentor(name: string) {
    return this.mentorList().getByRole("article", { name });
  }
}
