import { emailButton, html, paragraph } from "./layout";
import { renderEmail, renderText, type RenderedEmail } from "./parts";

export interface CalendarFailingEmailInput {
  name: string;
  /** The volunteer's name for the calendar ("Work"). */
  label: string;
  failures: number;
  /** In words, never the calendar's address. */
  error: string;
  calendarsUrl: string;
}

export function calendarFailingEmail(input: CalendarFailingEmailInput): RenderedEmail {
  const { name, label, calendarsUrl } = input;
  const problem = `Candle could not read your calendar “${label}” the last ${input.failures} times it tried: ${input.error}.`;
  const meanwhile =
    "Until it can, founders are kept away from the busy times it last read, but anything you have added to it since then is not known to Candle, so a founder could book over it.";
  const fix =
    "Please check the calendar's address or app password, or remove it and connect it again. We will not email about this again until it has worked once.";
  const body = html`${paragraph(`Hi ${name},`)}
${paragraph(problem)}
${paragraph(meanwhile)}
${paragraph(fix)}
${emailButton("Check your calendars", calendarsUrl)}`;
  const text = renderText([`Hi ${name},`, problem, meanwhile, fix, `Your calendars:\n${calendarsUrl}`]);
  return renderEmail(
    `Candle cannot read your calendar “${label}”`,
    { preheader: "Your busy times may be out of date.", heading: "A calendar cannot be read", body },
    text,
  );
}
