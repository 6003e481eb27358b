import Link from "next/link";
import type { Slot } from "@/lib/availability/slots";
import { formatClockTime, formatDay, groupByDay } from "@/lib/format/time";

/** Free slots by day in the viewer's zone; each one links to the booking form. */
export function SlotList({ slots, zone, bookPath }: { slots: Slot[]; zone: string; bookPath: string }) {
  return (
    <div className="slot-days">
      {groupByDay(slots, zone).map((group) => (
        <section key={group.key} className="slot-day" aria-labelledby={`day-${group.key}`}>
          <h3 id={`day-${group.key}`}>{formatDay(group.day, zone)}</h3>
          <ul className="slot-list">
            {group.items.map((slot) => {
              const start = slot.startsAt.toISOString();
              const label = `${formatClockTime(slot.startsAt, zone)}–${formatClockTime(slot.endsAt, zone)}`;
              return (
                <li key={start}>
                  <Link
                    className="slot"
                    href={{ pathname: bookPath, query: { start, tz: zone } }}
                    prefetch={false}
                    aria-label={`${formatDay(slot.startsAt, zone)}, ${label}`}
                  >
                    <time dateTime={start}>{label}</time>
                  </Link>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );
}
