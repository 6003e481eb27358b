import { useTranslations } from "next-intl";
import type { HiddenSlot } from "@/lib/availability/loaders";
import type { Slot } from "@/lib/availability/slots";
import { formatClockTime, formatDay, groupByDay } from "@/lib/format/time";
import type { Locale } from "@/lib/i18n/languages";
import styles from "./availability.module.css";

/** Free slots by day in the volunteer's zone, like the public page's list but not links: nothing to book here. */
export function SlotPreview({ slots, zone, locale }: { slots: Slot[]; zone: string; locale: Locale }) {
  return (
    <div className="slot-days">
      {groupByDay(slots, zone).map((group) => (
        <section key={group.key} className="slot-day" aria-labelledby={`preview-${group.key}`}>
          <h3 id={`preview-${group.key}`}>{formatDay(group.day, zone, locale)}</h3>
          <ul className="slot-list">
            {group.items.map((slot) => (
              <li key={slot.startsAt.toISOString()}>
                <span className={`slot ${styles.slot}`}>
                  <time dateTime={slot.startsAt.toISOString()}>
                    {formatClockTime(slot.startsAt, zone, locale)}–{formatClockTime(slot.endsAt, zone, locale)}
                  </time>
                </span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

/** Times the weekly hours offer that the volunteer's own calendars hide, each with why. */
export function HiddenSlots({ slots, zone, locale }: { slots: HiddenSlot[]; zone: string; locale: Locale }) {
  const t = useTranslations("availability");
  const when = (slot: HiddenSlot) =>
    `${formatDay(slot.startsAt, zone, locale)}, ${formatClockTime(slot.startsAt, zone, locale)}–${formatClockTime(slot.endsAt, zone, locale)}`;
  return (
    <ul className="link-list">
      {slots.map((slot) => (
        <li key={slot.startsAt.toISOString()}>
          {slot.title
            ? t.rich("busyInTitled", {
                when: when(slot),
                time: (chunks) => <time dateTime={slot.startsAt.toISOString()}>{chunks}</time>,
                calendar: slot.calendar,
                title: slot.title,
              })
            : t.rich("busyIn", { when: when(slot), time: (chunks) => <time dateTime={slot.startsAt.toISOString()}>{chunks}</time>, calendar: slot.calendar })}
        </li>
      ))}
    </ul>
  );
}
