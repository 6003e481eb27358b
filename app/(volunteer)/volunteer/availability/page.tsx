import type { Metadata, Route } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DaysOff } from "@/components/availability/days-off";
import { ExtraSlots } from "@/components/availability/extra-slots";
import { LimitsForm } from "@/components/availability/limits-form";
import { HiddenSlots, SlotPreview } from "@/components/availability/slot-preview";
import { WeeklyHoursForm } from "@/components/availability/weekly-hours-form";
import styles from "@/components/availability/availability.module.css";
import { changeDaysOff, changeExtraSlots, submitLimits, submitWeeklyHours } from "@/lib/availability/actions";
import { availabilityMessage } from "@/lib/availability/coverage";
import { loadMyAvailabilityEditor, PREVIEW_DAYS } from "@/lib/availability/loaders";

export const metadata: Metadata = { title: "Your availability", robots: { index: false } };

const listingNote: Record<string, string> = {
  pending: "Founders can book you once an organiser approves you; until then, this is what they would see.",
  paused: "An organiser has paused your listing, so founders cannot book you for now; this is what they would see otherwise.",
  declined: "You are not listed, so founders cannot book you.",
  retired: "You are not listed, so founders cannot book you.",
};

export default async function VolunteerAvailabilityPage() {
  const editor = await loadMyAvailabilityEditor();
  if (!editor) notFound();
  const sections = [
    ["weekly", "Weekly hours"],
    ["extra", "Extra times"],
    ["days-off", "Days off"],
    ["settings", "Session settings"],
    ["preview", "Preview"],
  ] as const;
  return (
    <div className="container">
      <div className="page-intro">
        <h1>Your availability</h1>
        <p className={styles.zone}>
          <strong>All times in {editor.zoneLabel}.</strong> <Link href={"/volunteer/profile" as Route}>Change your time zone</Link>
        </p>
        {!editor.acceptingBookings ? (
          <p className="form-alert">Bookings are paused: founders see no free times. Untick “Pause all bookings” under Session settings to resume.</p>
        ) : null}
        {editor.outside > 0 ? <p className="form-alert">{availabilityMessage("Note:", editor.outside)}</p> : null}
        <nav aria-label="On this page">
          <ul className={styles.jump}>
            {sections.map(([id, title]) => (
              <li key={id}>
                <a href={`#${id}`}>{title}</a>
              </li>
            ))}
          </ul>
        </nav>
      </div>
      <div className={styles.layout}>
        <div>
          <section id="weekly" className="section" aria-labelledby="weekly-title">
            <h2 id="weekly-title">Weekly hours</h2>
            <p>The times you are usually free, each week. Founders book sessions that fit inside them.</p>
            <WeeklyHoursForm action={submitWeeklyHours} saved={editor.weekly.values} rowsPerDay={editor.weekly.rowsPerDay} />
          </section>
          <section id="extra" className="section" aria-labelledby="extra-title">
            <h2 id="extra-title">Extra times</h2>
            <p>One-off times on a particular date, on top of your weekly hours.</p>
            <ExtraSlots action={changeExtraSlots} entries={editor.extraSlots} today={editor.today} />
          </section>
          <section id="days-off" className="section" aria-labelledby="days-off-title">
            <h2 id="days-off-title">Days off</h2>
            <p>Holidays and other days when you offer no sessions, whatever your weekly hours say.</p>
            <DaysOff action={changeDaysOff} entries={editor.daysOff} today={editor.today} />
          </section>
          <section id="settings" className="section" aria-labelledby="settings-title">
            <h2 id="settings-title">Session settings</h2>
            <LimitsForm action={submitLimits} saved={editor.limits} />
          </section>
        </div>
        <section id="preview" className={`section ${styles.aside}`} aria-labelledby="preview-title">
          <h2 id="preview-title">Your next {PREVIEW_DAYS / 7} weeks, as founders see them</h2>
          {listingNote[editor.status] ? <p className="hint">{listingNote[editor.status]}</p> : null}
          {editor.preview.length > 0 ? (
            <>
              <p>
                {editor.preview.length === 1 ? "1 free time" : `${editor.preview.length} free times`}. Booked sessions and times inside your notice are not
                shown.
              </p>
              <SlotPreview slots={editor.preview} zone={editor.zone} />
            </>
          ) : (
            <p className="empty-state">
              {editor.acceptingBookings ? "No free times in the next four weeks. Add weekly hours or extra times." : "None while bookings are paused."}
            </p>
          )}
          {editor.hidden.length > 0 ? (
            <>
              <h3>Hidden by your calendars</h3>
              <p className="hint">
                Only you see these titles. <Link href={"/volunteer/calendars" as Route}>Your calendars</Link>
              </p>
              <HiddenSlots slots={editor.hidden} zone={editor.zone} />
            </>
          ) : null}
        </section>
      </div>
    </div>
  );
}
