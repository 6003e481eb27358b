import type { SendMailOptions } from "nodemailer";

export type CalendarMethod = "REQUEST" | "CANCEL";

/** What the app asks to send. Every message goes through the outbox. */
export interface EmailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
  invite?: { method: CalendarMethod; ics: string };
  /**
   * The session it is about and why it is sent: a cancelled or moved session withdraws its unsent reminders,
   * and erasing a founder's data erases the mail about their sessions.
   */
  about?: { bookingId: string; purpose?: EmailPurpose };
  /** Dropped, not sent, if still undelivered at this time. */
  discardAfter?: Date;
}

export type EmailPurpose = "reminder" | "follow-up";

/** Marks a message as being about a session, unless it already says which. */
export function aboutBooking(message: EmailMessage, bookingId: string): EmailMessage {
  return message.about ? message : { ...message, about: { bookingId } };
}

/** A stored outbox row, as the sender reads it. */
export interface QueuedEmail {
  id: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  ics: string | null;
  icsMethod: string | null;
}

/**
 * The MIME shape calendar clients expect: the invite as a text/calendar
 * alternative carrying its METHOD (Outlook and Apple Mail act on that part),
 * and again as an .ics attachment for clients that only offer attachments.
 */
export function toMailOptions(email: QueuedEmail, from: string): SendMailOptions {
  const options: SendMailOptions = {
    from,
    to: email.to,
    subject: email.subject,
    text: email.text,
    html: email.html,
    messageId: `<${email.id}@candle>`,
  };
  if (email.ics) {
    const method = email.icsMethod === "CANCEL" ? "CANCEL" : "REQUEST";
    options.icalEvent = { method, content: email.ics, filename: "invite.ics" };
    options.attachments = [
      {
        filename: method === "CANCEL" ? "cancelled.ics" : "invite.ics",
        content: email.ics,
        contentType: `application/ics; method=${method}`,
      },
    ];
  }
  return options;
}
