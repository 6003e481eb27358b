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
