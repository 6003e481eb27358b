import type { Metadata, Route } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { DaysOff } from "@/components/availability/days-off";
import { ExtraSlots } from "@/components/availability/extra-slots";
import { LimitsForm } from "@/components/availability/limits-form";
import { HiddenSlots, SlotPreview } from "@/components/availability/slot-preview";
import { WeeklyHoursForm } from "@/components/availability/weekly-hours-form";
import styles from "@/components/availability/availability.module.css";
import { changeDaysOff, changeExtraSlots, submitLimits, submitWeeklyHours } from "@/lib/availability/actions";
import { availabilityMessage } from "@/lib/availability/coverage";
import { loadMyAvailabilityEditor, PREVIEW_DAYS } from "@/lib/availability/loaders";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("availability");
  return { title: t("title"), robots: { index: false } };
}

const LISTING_NOTES = ["pending", "paused", "declined", "retired"] as const;
const hasListingNote = (status: string): status is (typeof LISTING_NOTES)[number] => (LISTING_NOTES as readonly string[]).includes(status);
const SECTIONS = ["weekly", "extra", "days-off", "settings", "preview"] as const;

export default async function VolunteerAvailabilityPage() {
  const [editor, t, locale] = await Promise.all([loadMyAvailabilityEditor(), getTranslations("availability"), getLocale()]);
  if (!editor) notFound();
  const outside = (count: number) => t("actions.outside", { count });
  return (
    <div className="container">
      <div className="page-intro">
        <h1>{t("title")}</h1>
        <p className={styles.zone}>
          <strong>{t("allTimesIn", { zone: editor.zoneLabel })}</strong> <Link href={"/volunteer/profile" as Route}>{t("changeZone")}</Link>
        </p>
        {!editor.acceptingBookings ? <p className="form-alert">{t("pausedNote")}</p> : null}
        {editor.outside > 0 ? <p className="form-alert">{availabilityMessage(t("note"), editor.outside, outside)}</p> : null}
        <nav aria-label={t("onThisPage")}>
          <ul className={styles.jump}>
            {SECTIONS.map((id) => (
              <li key={id}>
                <a href={`#${id}`}>{t(`sections.${id}`)}</a>
              </li>
            ))}
          </ul>
        </nav>
      </div>
      <div className={styles.layout}>
        <div>
          <section id="weekly" className="section" aria-labelledby="weekly-title">
            <h2 id="weekly-title">{t("sections.weekly")}</h2>
            <p>{t("weeklyIntro")}</p>
            <WeeklyHoursForm action={submitWeeklyHours} saved={editor.weekly.values} rowsPerDay={editor.weekly.rowsPerDay} />
          </section>
          <section id="extra" className="section" aria-labelledby="extra-title">
            <h2 id="extra-title">{t("sections.extra")}</h2>
            <p>{t("extraIntro")}</p>
            <ExtraSlots action={changeExtraSlots} entries={editor.extraSlots} today={editor.today} />
          </section>
          <section id="days-off" className="section" aria-labelledby="days-off-title">
            <h2 id="days-off-title">{t("sections.days-off")}</h2>
            <p>{t("daysOffIntro")}</p>
            <DaysOff action={changeDaysOff} entries={editor.daysOff} today={editor.today} />
          </section>
          <section id="settings" className="section" aria-labelledby="settings-title">
            <h2 id="settings-title">{t("sections.settings")}</h2>
            <LimitsForm action={submitLimits} saved={editor.limits} />
          </section>
        </div>
        <section id="preview" className={`section ${styles.aside}`} aria-labelledby="preview-title">
          <h2 id="preview-title">{t("previewTitle", { weeks: PREVIEW_DAYS / 7 })}</h2>
          {hasListingNote(editor.status) ? <p className="hint">{t(`listing.${editor.status}`)}</p> : null}
          {editor.preview.length > 0 ? (
            <>
              <p>{t("freeTimes", { count: editor.preview.length })}</p>
              <SlotPreview slots={editor.preview} zone={editor.zone} locale={locale} />
            </>
          ) : (
            <p className="empty-state">{editor.acceptingBookings ? t("noFreeTimes") : t("noneWhilePaused")}</p>
          )}
          {editor.hidden.length > 0 ? (
            <>
              <h3>{t("hiddenTitle")}</h3>
              <p className="hint">
                {t("hiddenHint")} <Link href={"/volunteer/calendars" as Route}>{t("yourCalendars")}</Link>
              </p>
              <HiddenSlots slots={editor.hidden} zone={editor.zone} locale={locale} />
            </>
          ) : null}
        </section>
      </div>
    </div>
  );
}
