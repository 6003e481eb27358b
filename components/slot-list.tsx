import { useTranslations } from "next-intl";
import type { Slot } from "@/lib/availability/slots";
import { formatClockTime, formatDay, groupByDay } from "@/lib/format/time";
import type { Locale } from "@/lib/i18n/languages";
import { Link } from "@/lib/i18n/navigation";

/** Free slots by day in the viewer's zone and language; each one links to the booking form. */
export function SlotList({ slots, zone, bookPath, locale }: { slots: Slot[]; zone: string; bookPath: string; locale: Locale }) {
  const t = useTranslations("slots");
  return (
    <div className="slot-days">
      {groupByDay(slots, zone).map((group) => (
        <section key={group.key} className="slot-day" aria-labelledby={`day-${group.key}`}>
          <h3 id={`day-${group.key}`}>{formatDay(group.day, zone, locale)}</h3>
          <ul className="slot-list">
            {group.items.map((slot) => {
              const start = slot.startsAt.toISOString();
              const times = { start: formatClockTime(slot.startsAt, zone, locale), end: formatClockTime(slot.endsAt, zone, locale) };
              return (
                <li key={start}>
                  <Link
                    className="slot"
                    href={{ pathname: bookPath, query: { start, tz: zone } }}

                    prefetch={false}
                    aria-label={t("slotLabel", { day: formatDay(slot.startsAt, zone, locale), ...times })}
                  >
                    <time dateTime={start}>{t("time", times)}</time>
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
