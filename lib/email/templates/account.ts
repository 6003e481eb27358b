import { emailButton, html, paragraph } from "./layout";
import { renderEmail, renderText, type RenderedEmail } from "./parts";

export function signInEmail({ url, minutes }: { url: string; minutes: number }): RenderedEmail {
  const body = html`${paragraph("Here is your link to sign in to Candle.")}
${emailButton("Sign in to Candle", url)}
${paragraph(`It works once and expires in ${minutes} minutes. If you did not ask for it, you can ignore this email.`)}`;
  const text = renderText([
    "Here is your link to sign in to Candle:",
    url,
    `It works once and expires in ${minutes} minutes. If you did not ask for it, you can ignore this email.`,
  ]);
  return renderEmail("Your Candle sign-in link", { preheader: `Sign in within ${minutes} minutes.`, heading: "Sign in to Candle", body }, text);
}

export function applicationReceivedEmail({ name, url, minutes }: { name: string; url: string; minutes: number }): RenderedEmail {
  const body = html`${paragraph(`Hi ${name},`)}
${paragraph("Thank you for offering your time to people starting worker co-ops. An organiser will look at your application soon; we will email you when you are approved.")}
${paragraph("Meanwhile you can sign in to finish your profile and set the hours you can offer:")}
${emailButton("Sign in to Candle", url)}
${paragraph(`The link works once and expires in ${minutes} minutes. You can always ask for a new one on the sign-in page.`)}`;
  const text = renderText([
    `Hi ${name},`,
    "Thank you for offering your time to people starting worker co-ops. An organiser will look at your application soon; we will email you when you are approved.",
    `Meanwhile you can sign in to finish your profile and set the hours you can offer:\n${url}`,
    `The link works once and expires in ${minutes} minutes. You can always ask for a new one on the sign-in page.`,
  ]);
  return renderEmail("Thank you for volunteering with Candle", { preheader: "Your application is in.", heading: "Thank you for volunteering", body }, text);
}

export function dataLinkEmail({ url, minutes }: { url: string; minutes: number }): RenderedEmail {
  const body = html`${paragraph("Here is your link to see, download or erase what Candle holds about this address.")}
${emailButton("See my data", url)}
${paragraph(`It works once and expires in ${minutes} minutes. If you did not ask for it, you can ignore this email: nothing changes.`)}`;
  const text = renderText([
    "Here is your link to see, download or erase what Candle holds about this address:",
    url,
    `It works once and expires in ${minutes} minutes. If you did not ask for it, you can ignore this email: nothing changes.`,
  ]);
  return renderEmail("Your Candle data link", { preheader: `Open it within ${minutes} minutes.`, heading: "Your data", body }, text);
}
