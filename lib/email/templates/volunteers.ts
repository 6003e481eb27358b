import { emailButton, emailLink, html, paragraph } from "./layout";
import { renderEmail, renderText, type RenderedEmail } from "./parts";

export type { RenderedEmail } from "./parts";

function sessionsSentence(cancelled: number): string | null {
  if (cancelled === 0) return null;
  const sessions = cancelled === 1 ? "Your 1 upcoming session was" : `Your ${cancelled} upcoming sessions were`;
  return `${sessions} cancelled. We told each founder and offered them other mentors, so you do not need to write to them.`;
}

export function volunteerApprovedEmail({ name, volunteerUrl, profileUrl }: { name: string; volunteerUrl: string; profileUrl: string }): RenderedEmail {
  const intro = "Welcome to Candle. An organiser has approved your application, so founders can now find you in the directory and book your free times.";
  const check = "Please check the hours you offer and your video call link before the first booking comes in.";
  const body = html`${paragraph(`Hi ${name},`)}
${paragraph(intro)}
${paragraph(check)}
${emailButton("Go to your volunteer page", volunteerUrl)}
${paragraph(html`Your public page: ${emailLink(profileUrl)}`)}`;
  const text = renderText([`Hi ${name},`, intro, check, `Your volunteer page:\n${volunteerUrl}`, `Your public page:\n${profileUrl}`]);
  return renderEmail(
    "You are approved as a Candle volunteer",
    { preheader: "Founders can now book your free times.", heading: "You are approved", body },
    text,
  );
}

export function volunteerDeclinedEmail({ name }: { name: string }): RenderedEmail {
  const lines = [
    "Thank you for offering your time to people starting worker co-ops.",
    "We are not able to accept your application this time. This is often about the mix of experience the programme needs at the moment rather than about you.",
    "If you would like to know more, or think we misunderstood something, please reply to this email.",
  ];
  const body = html`${paragraph(`Hi ${name},`)}
${lines.map((line) => paragraph(line))}`;
  const text = renderText([`Hi ${name},`, ...lines]);
  return renderEmail("Your application to volunteer with Candle", { preheader: "About your application.", heading: "About your application", body }, text);
}

export function volunteerPausedEmail({
  name,
  cancelledSessions,
  volunteerUrl,
}: {
  name: string;
  cancelledSessions: number;
  volunteerUrl: string;
}): RenderedEmail {
  const intro = "An organiser has paused your listing on Candle. Founders cannot book you until it is resumed.";
  const sessions = sessionsSentence(cancelledSessions);
  const more = "Your profile and hours are kept as they are. If you were not expecting this, please reply to this email.";
  const body = html`${paragraph(`Hi ${name},`)}
${paragraph(intro)}
${sessions && paragraph(sessions)}
${paragraph(more)}
${emailButton("Go to your volunteer page", volunteerUrl)}`;
  const text = renderText([`Hi ${name},`, intro, sessions, more, `Your volunteer page:\n${volunteerUrl}`]);
  return renderEmail("Your Candle listing is paused", { preheader: "Founders cannot book you for now.", heading: "Your listing is paused", body }, text);
}

export function volunteerResumedEmail({ name, volunteerUrl, profileUrl }: { name: string; volunteerUrl: string; profileUrl: string }): RenderedEmail {
  const intro = "Your listing on Candle is back: founders can find you in the directory and book your free times again.";
  const check = "It may be worth checking that the hours you offer are still right.";
  const body = html`${paragraph(`Hi ${name},`)}
${paragraph(intro)}
${paragraph(check)}
${emailButton("Check your hours", volunteerUrl)}
${paragraph(html`Your public page: ${emailLink(profileUrl)}`)}`;
  const text = renderText([`Hi ${name},`, intro, check, `Your volunteer page:\n${volunteerUrl}`, `Your public page:\n${profileUrl}`]);
  return renderEmail("Your Candle listing is back", { preheader: "Founders can book you again.", heading: "Your listing is back", body }, text);
}

export function volunteerRetiredEmail({ name, cancelledSessions }: { name: string; cancelledSessions: number }): RenderedEmail {
  const intro = "Your time as a Candle volunteer has ended, and you are no longer listed in the directory.";
  const sessions = sessionsSentence(cancelledSessions);
  const thanks = "Thank you for everything you gave to people starting worker co-ops. If you would like to come back one day, just reply to this email.";
  const body = html`${paragraph(`Hi ${name},`)}
${paragraph(intro)}
${sessions && paragraph(sessions)}
${paragraph(thanks)}`;
  const text = renderText([`Hi ${name},`, intro, sessions, thanks]);
  return renderEmail("Thank you for volunteering with Candle", { preheader: "You are no longer listed.", heading: "Thank you for volunteering", body }, text);
}

export function volunteerInvitationEmail({ joinUrl }: { joinUrl: string }): RenderedEmail {
  const intro =
    "A Candle organiser has invited you to volunteer. Candle gives people starting worker co-ops a free hour with someone who has helped run one: legal structures, governance, finance, converting a business, culture and more.";
  const how =
    "If you would like to help, tell us a little about yourself and the hours you could offer. It takes about ten minutes, and you can stop at any time.";
  const body = html`${paragraph("Hello,")}
${paragraph(intro)}
${paragraph(how)}
${emailButton("Apply to volunteer", joinUrl)}
${paragraph("If this is not for you, you can ignore this email.")}`;
  const text = renderText(["Hello,", intro, how, `Apply to volunteer:\n${joinUrl}`, "If this is not for you, you can ignore this email."]);
  return renderEmail(
    "You are invited to volunteer with Candle",
    { preheader: "Offer an hour of your time to people starting worker co-ops.", heading: "Would you offer an hour of your time?", body },
    text,
  );
}
