import { NextIntlClientProvider } from "next-intl";
import type { ReactNode } from "react";
import { renderToStaticMarkup as renderMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { RANGE_ROWS } from "@/lib/availability/schema";
import { DaysOff } from "./days-off";
import { ExtraSlots } from "./extra-slots";
import { LimitsForm } from "./limits-form";
import { SlotPreview } from "./slot-preview";
import { WeeklyHoursForm } from "./weekly-hours-form";

import en from "@/lib/i18n/messages/en.json";

const action = async () => ({});

const renderToStaticMarkup = (node: ReactNode) =>
  renderMarkup(
    <NextIntlClientProvider locale="en" messages={en} timeZone="UTC">
      {node}
    </NextIntlClientProvider>,
  );

/** Every form control is labelled, and every id a label or aria-describedby points at exists. */
function expectLabelled(html: string) {
  const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]));
  const controls = [...html.matchAll(/<(input|select|textarea)\b([^>]*)>/g)].filter(([, , attributes]) => !/type="hidden"/.test(attributes!));
  expect(controls.length).toBeGreaterThan(0);
  for (const [, , attributes] of controls) {
    const id = /\sid="([^"]+)"/.exec(attributes!)?.[1];
    const wrapped = /type="(checkbox|radio)"/.test(attributes!);
    if (!wrapped) expect(html, `label for ${id}`).toContain(`for="${id}"`);
  }
  for (const [, target] of html.matchAll(/\sfor="([^"]+)"/g)) expect(ids.has(target), `for=${target}`).toBe(true);
  for (const [, list] of html.matchAll(/aria-describedby="([^"]+)"/g)) {
    for (const target of list!.split(" ")) expect(ids.has(target), `aria-describedby ${target}`).toBe(true);
  }
  expect(new Set(ids).size).toBe([...html.matchAll(/\sid="([^"]+)"/g)].length);
}

describe("availability forms without JavaScript", () => {
  it("show every weekly row, filled from the saved hours", () => {
    const html = renderToStaticMarkup(<WeeklyHoursForm action={action} saved={{ "w1-0-from": "09:00", "w1-0-to": "12:00" }} rowsPerDay={RANGE_ROWS} />);
    expect(html.match(/type="time"/g)).toHaveLength(7 * RANGE_ROWS * 2);
    expect(html).toContain('name="w1-0-from" value="09:00"');
    expect(html).not.toContain("Add another range");
    expect(html.match(/<legend>/g)).toHaveLength(7);
    expectLabelled(html);
  });

  it("show the limits with the saved choices", () => {
    const html = renderToStaticMarkup(
      <LimitsForm
        action={action}
        saved={{ sessionMinutes: "45", bufferMinutes: "15", minNoticeHours: "24", horizonDays: "42", maxPerWeek: "3", pause: "yes" }}
      />,
    );
    expect(html).toMatch(/<input type="radio" name="sessionMinutes" checked="" value="45"\/>/);
    expect(html.match(/checked=""/g)).toHaveLength(2);
    expect(html).toMatch(/<input type="checkbox"[^>]*name="pause" checked=""/);
    expectLabelled(html);
  });

  it("list extra times and days off, each with its own remove form", () => {
    const entries = [
      { id: "a", label: "Tuesday 3 March 2026, 09:00–12:00" },
      { id: "b", label: "Friday 6 March 2026, 18:00–19:00" },
    ];
    const extra = renderToStaticMarkup(<ExtraSlots action={action} entries={entries} today="2026-03-01" />);
    expect(extra.match(/<form/g)).toHaveLength(3);
    expect(extra).toMatch(/<button type="submit" value="b"[^>]*name="remove">Remove<span class="visually-hidden"> Friday 6 March 2026, 18:00–19:00<\/span>/);
    expect(extra).toContain('min="2026-03-01"');
    expectLabelled(extra);
    const off = renderToStaticMarkup(<DaysOff action={action} entries={[]} today="2026-03-01" />);
    expect(off).toContain("No days off planned.");
    expectLabelled(off);
  });

  it("preview slots as plain text grouped by the volunteer's day, not as links", () => {
    const slots = [
      { startsAt: new Date("2026-03-03T00:00:00Z"), endsAt: new Date("2026-03-03T01:00:00Z") },
      { startsAt: new Date("2026-03-03T14:30:00Z"), endsAt: new Date("2026-03-03T15:30:00Z") },
    ];
    const html = renderToStaticMarkup(<SlotPreview slots={slots} zone="Asia/Tokyo" locale="en" />);
    expect(html).not.toContain("<a ");
    expect(html.match(/<h3/g)).toHaveLength(1);
    expect(html).toContain("Tuesday 3 March</h3>");
    expect(html).toContain('<time dateTime="2026-03-03T00:00:00.000Z">09:00–10:00</time>');
    expect(html).toContain('<time dateTime="2026-03-03T14:30:00.000Z">23:30–00:30</time>');
  });
});
