import { describe, expect, it } from "vitest";
import { applicationReceivedEmail, dataLinkEmail, signInEmail } from "./account";
import { confirmBookingEmail, sessionCancelledEmail, sessionConfirmedFounderEmail, sessionConfirmedMentorEmail, sessionMovedEmail } from "./booking";
import { calendarFailingEmail } from "./calendars";
import { coFounderEmail } from "./co-founders";
import { feedbackRequestEmail, outcomeRequestEmail } from "./follow-ups";
import type { RenderedEmail } from "./parts";
import { founderReminderEmail, mentorReminderEmail } from "./reminders";
import { volunteerApprovedEmail, volunteerInvitationEmail, volunteerPausedEmail } from "./volunteers";
import { waitlistConfirmEmail, waitlistFreedEmail } from "./waitlist";

// Every family of mail in Spanish and Japanese: its subject and body in the
// recipient's language, its times in their zone and written their way.

const startsAt = new Date("2026-03-03T18:00:00Z");
const endsAt = new Date("2026-03-03T19:00:00Z");
const url = "https://candle.example/es/bookings/manage/abc";
const session = { startsAt, endsAt, founderName: "Sam", mentorName: "Ana", meetingUrl: null };

/** 18:00 UTC is 15:00 in Buenos Aires and 03:00 the next morning in Tokyo. */
const zones = {
  es: { timeZone: "America/Argentina/Buenos_Aires", when: "martes, 3 de marzo de 2026, 15:00–16:00 (America/Argentina/Buenos_Aires" },
  ja: { timeZone: "Asia/Tokyo", when: "2026年3月4日水曜日 03:00–04:00 (Asia/Tokyo" },
} as const;

function expectIn(email: RenderedEmail, language: "es" | "ja", words: { subject: string; body: string }) {
  expect(email.subject).toContain(words.subject);
  expect(email.text).toContain(words.body);
  expect(email.html).toContain(`<html lang="${language}"`);
  expect(email.text).not.toMatch(/\bHi\b|\bWhen\b|Candle — free office hours/);
}

describe.each(["es", "ja"] as const)("mail in %s", (locale) => {
  const { timeZone, when } = zones[locale];
  const es = locale === "es";

  it("asks the founder to confirm, with the hold's end in their zone", async () => {
    const email = await confirmBookingEmail({ ...session, locale, timeZone, confirmUrl: url, manageUrl: url, expiresAt: startsAt, held: true });
    expectIn(
      email,
      locale,
      es ? { subject: "Confirma tu sesión con Ana", body: "Hola, Sam:" } : { subject: "Anaさんとのセッションを確定してください", body: "Samさん" },
    );
    expect(email.text).toContain(when);
    expect(email.text).toContain(es ? "Cuándo:" : "日時:");
  });

  it("confirms the session to the founder and tells the volunteer", async () => {
    const founder = await sessionConfirmedFounderEmail({ ...session, locale, timeZone, mentorCoop: null, manageUrl: url, topics: ["Governance"] });
    expectIn(founder, locale, es ? { subject: "Confirmada: tu sesión con Ana", body: "Antes de la sesión" } : { subject: "確定：", body: "セッションの前に" });
    expect(founder.text).toContain(when);
    expect(founder.subject).toContain(es ? "mar, 3 mar" : "3月4日");
    const mentor = await sessionConfirmedMentorEmail({
      ...session,
      locale,
      timeZone,
      founderEmail: "sam@example.org",
      founderCountry: "AR",
      coopStage: "idea",
      topics: [],
      message: "¿Cómo repartimos?",
      sessionsUrl: url,
    });
    expectIn(mentor, locale, es ? { subject: "Nueva sesión con Sam", body: "Argentina" } : { subject: "Samさんとの新しいセッション", body: "アルゼンチン" });
  });

  it("tells of a cancellation and a move", async () => {
    const cancelled = await sessionCancelledEmail({
      startsAt,
      endsAt,
      locale,
      timeZone,
      recipientName: "Sam",
      otherPersonName: "Ana",
      cancelledBy: "mentor",
      reason: null,
      rebookUrl: url,
      recipientRole: "founder",
    });
    expectIn(
      cancelled,
      locale,
      es ? { subject: "Cancelada", body: "Ana ha cancelado tu sesión." } : { subject: "取り消し", body: "Anaさんがセッションを取り消しました。" },
    );
    const moved = await sessionMovedEmail({
      startsAt,
      endsAt,
      previousStartsAt: new Date("2026-03-02T18:00:00Z"),
      previousEndsAt: new Date("2026-03-02T19:00:00Z"),
      locale,
      timeZone,
      recipientName: "Sam",
      otherPersonName: "Ana",
      meetingUrl: null,
      manageUrl: url,
    });
    expectIn(moved, locale, es ? { subject: "Cambio", body: "Nueva hora" } : { subject: "日時変更", body: "新しい日時" });
    expect(moved.text).toContain(when);
  });

  it("invites a co-founder in the founder's language", async () => {
    const email = await coFounderEmail({ ...session, news: "invited", locale, timeZone, removeUrl: url });
    expectIn(email, locale, es ? { subject: "Invitación", body: "Quitarme de esta sesión" } : { subject: "招待", body: "このセッションから外れる" });
    expect(email.text).toContain(when);
  });

  it("reminds both people", async () => {
    const founder = await founderReminderEmail({ ...session, locale, timeZone, manageUrl: url, cantMakeItUrl: url });
    expectIn(founder, locale, es ? { subject: "Recordatorio", body: "No puedo ir" } : { subject: "リマインダー", body: "参加できません" });
    expect(founder.text).toContain(when);
    const mentor = await mentorReminderEmail({ ...session, locale, timeZone, founderEmail: "sam@example.org", topics: [], message: "", cantMakeItUrl: url });
    expectIn(mentor, locale, es ? { subject: "Recordatorio: sesión con Sam", body: "Ninguno elegido" } : { subject: "リマインダー", body: "選択なし" });
  });

  it("asks how it went, and whether it took place", async () => {
    const feedback = await feedbackRequestEmail({ ...session, locale, timeZone, feedbackUrl: url, ratingUrls: [url, url, url, url, url] });
    expectIn(
      feedback,
      locale,
      es ? { subject: "¿Qué tal tu sesión con Ana?", body: "Cuéntanos cómo fue" } : { subject: "いかがでしたか", body: "感想を伝える" },
    );
    expect(feedback.html).toContain(es ? "1 – nada útil" : "1 – 役に立たなかった");
    const outcome = await outcomeRequestEmail({ ...session, locale, timeZone, heldUrl: url, noShowUrl: url });
    expectIn(outcome, locale, es ? { subject: "¿Se celebró", body: "Sí, se celebró" } : { subject: "行われましたか", body: "はい、行われました" });
    expect(outcome.text).toContain(when);
  });

  it("writes to the waitlist", async () => {
    const confirm = await waitlistConfirmEmail({
      waitingFor: { searchedFor: "Governance" },
      confirmUrl: url,
      unsubscribeUrl: url,
      confirmBy: startsAt,
      timeZone,
      locale,
      waitDays: 30,
    });
    expectIn(confirm, locale, es ? { subject: "Confirma", body: "un máximo de 30 días" } : { subject: "確認してください", body: "最長30日間" });
    const freed = await waitlistFreedEmail({ mentorName: "Ana", startsAt, endsAt, timeZone, locale, bookUrl: url, mentorUrl: url, unsubscribeUrl: url });
    expectIn(freed, locale, es ? { subject: "Ana tiene una hora libre", body: "Reservar esta hora" } : { subject: "Anaさんに", body: "この日時を予約する" });
    expect(freed.text).toContain(when);
  });

  it("writes to volunteers about their status, with plurals", async () => {
    const approved = await volunteerApprovedEmail({ name: "Ana", locale, volunteerUrl: url, profileUrl: url });
    expectIn(
      approved,
      locale,
      es ? { subject: "aprobada", body: "Te damos la bienvenida a Candle." } : { subject: "承認されました", body: "Candleへようこそ。" },
    );
    const paused = await volunteerPausedEmail({ name: "Ana", locale, cancelledSessions: 3, volunteerUrl: url });
    expect(paused.text).toContain(es ? "Se cancelaron tus 3 próximas sesiones." : "予定していた3件のセッションは取り消されました。");
    const invitation = await volunteerInvitationEmail({ joinUrl: url, locale });
    expectIn(invitation, locale, es ? { subject: "Te invitamos", body: "Hola:" } : { subject: "ご招待", body: "こんにちは。" });
  });

  it("sends sign-in, application, data and calendar mail", async () => {
    const signIn = await signInEmail({ url, minutes: 15, locale });
    expectIn(
      signIn,
      locale,
      es ? { subject: "Tu enlace para entrar en Candle", body: "caduca en 15 minutos" } : { subject: "ログインリンク", body: "15分で期限が切れます" },
    );
    const application = await applicationReceivedEmail({ name: "Ana", url, minutes: 15, locale });
    expectIn(application, locale, es ? { subject: "Gracias", body: "Hola, Ana:" } : { subject: "ありがとうございます", body: "Anaさん" });
    const data = await dataLinkEmail({ url, minutes: 30, locale });
    expectIn(data, locale, es ? { subject: "datos", body: "descargar o borrar" } : { subject: "データ", body: "ダウンロード、削除" });
    const calendar = await calendarFailingEmail({ name: "Ana", label: "Work", failures: 3, error: "timeout", calendarsUrl: url, locale });
    expectIn(calendar, locale, es ? { subject: "«Work»", body: "las últimas 3 veces" } : { subject: "「Work」", body: "直近3回" });
  });
});
