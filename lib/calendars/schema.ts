import { z } from "zod";
import { normaliseFeedUrl } from "./source";

/** Calendars one volunteer may connect. */
export const MAX_SOURCES = 10;

// Messages are keys of "calendars.errors".
const label = z.string().trim().min(1, "labelMissing").max(60, "tooLong");

/** https only; plain http too where the operator allows private hosts (a calendar server beside Candle). */
function address(allowHttp: boolean, empty: string) {
  return z
    .string()
    .trim()
    .min(1, empty)
    .max(2000, "addressTooLong")
    .transform(normaliseFeedUrl)
    .refine((value) => {
      try {
        const url = new URL(value);
        return (url.protocol === "https:" || (allowHttp && url.protocol === "http:")) && !url.username && !url.password;
      } catch {
        return false;
      }
    }, "addressNotHttps");
}

export const feedSchema = (allowHttp: boolean) => z.object({ label, url: address(allowHttp, "feedUrlMissing") });

export const calDavSchema = (allowHttp: boolean) =>
  z.object({
    label,
    server: address(allowHttp, "serverMissing"),
    user: z.string().trim().min(1, "userMissing").max(200, "tooLong"),
    password: z.string().min(1, "passwordMissing").max(500, "tooLong"),
  });

export const sourceIdSchema = z.object({ source: z.string().trim().min(1).max(64) });

export const chosenCalendarsSchema = z.object({ source: z.string().trim().min(1).max(64), calendars: z.array(z.string().max(2000)).max(100) });
