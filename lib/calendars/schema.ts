import { z } from "zod";
import { normaliseFeedUrl } from "./source";

/** Calendars one volunteer may connect. */
export const MAX_SOURCES = 10;

const label = z.string().trim().min(1, "Give it a name, such as Work.").max(60, "At most 60 characters.");

/** https only; plain http too where the operator allows private hosts (a calendar server beside Candle). */
function address(allowHttp: boolean, empty: string) {
  return z
    .string()
    .trim()
    .min(1, empty)
    .max(2000, "This address is too long.")
    .transform(normaliseFeedUrl)
    .refine((value) => {
      try {
        const url = new URL(value);
        return (url.protocol === "https:" || (allowHttp && url.protocol === "http:")) && !url.username && !url.password;
      } catch {
        return false;
      }
    }, "Enter the full address, starting with https:// or webcal://.");
}

export const feedSchema = (allowHttp: boolean) => z.object({ label, url: address(allowHttp, "Paste the calendar's secret address.") });

export const calDavSchema = (allowHttp: boolean) =>
  z.object({
    label,
    server: address(allowHttp, "Enter your calendar server's address."),
    user: z.string().trim().min(1, "Enter your user name.").max(200, "At most 200 characters."),
    password: z.string().min(1, "Enter an app password.").max(500, "At most 500 characters."),
  });

export const sourceIdSchema = z.object({ source: z.string().trim().min(1).max(64) });

export const chosenCalendarsSchema = z.object({ source: z.string().trim().min(1).max(64), calendars: z.array(z.string().max(2000)).max(100) });
