import type { HiddenSlot } from "@/lib/availability/loaders";
import type { Slot } from "@/lib/availability/slots";
import { formatClockTime, formatDay, groupByDay } from "@/lib/format/time";
import styles from "./availability.module.css";

/** Free slots by day in the volunteer's zone, like the public page's list but not links: nothing to book here. */
export function SlotPreview({ slots, zone }: { slots: Slot[]; zone: string }) {
  return (
    <div className="slot-days">
      {groupByDay(slots, zone).map((group) => (
        <section key={group.key} className="slot-day" aria-labelledby={`preview-${group.key}`}>
          <h3 id={`preview-${group.key}`}>{formatDay(group.day, zone)}</h3>
          <ul className="slot-list">
            {group.items.map((slot) => (
              <li key={slot.startsAt.toISOString()}>
                <span className={`slot ${styles.slot}`}>
                  <time dateTime={slot.startsAt.toISOString()}>
                    {formatClockTime(slot.startsAt, zone)}–{formatClockTime(slot.endsAt, zone)}
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
export function HiddenSlots({ slots, zone }: { slots: HiddenSlot[]; zone: string }) {
  return (
    <ul className="link-list">
      {slots.map((slot) => (
        <li key={slot.startsAt.toISOString()}>
          <time dateTime={slot.startsAt.toISOString()}>
            {formatDay(slot.startsAt, zone)}, {formatClockTime(slot.startsAt, zone)}–{formatClockTime(slot.endsAt, zone)}
          </time>
          : busy in {slot.calendar}
          {slot.title ? ` (${slot.title})` : ""}
        </li>
      ))}
    </ul>
  );
}
