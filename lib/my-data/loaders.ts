import "server-only";
import { cookies } from "next/headers";
import { cache } from "react";
import { issueFormToken } from "../antibot/form-token";
import { findBookingIdByManageToken } from "../bookings/data";
import { isWellFormedToken } from "../bookings/links";
import { config } from "../config";
import { collectFounderData, findDataAccess, type FounderData } from "./data";
import { MY_DATA_COOKIE, MY_DATA_FORM_SUBJECT } from "./schema";

export function myDataFormToken(): string {
  return issueFormToken(config.secret, MY_DATA_FORM_SUBJECT);
}

/** The address the visitor's "My data" session opens, if it is still live. */
export async function loadMyDataAddress(now = new Date()): Promise<string | null> {
  const secret = (await cookies()).get(MY_DATA_COOKIE)?.value;
  return secret && isWellFormedToken(secret) ? findDataAccess(secret, now) : null;
}

/** Everything held about the address the visitor's session opens; null without a live session. */
export const loadMyData = cache(async (): Promise<FounderData | null> => {
  const email = await loadMyDataAddress();
  return email ? collectFounderData(email) : null;
});

/** Everything held about the founder behind a manage link. */
export async function loadDataByManageLink(token: string): Promise<FounderData | null> {
  const found = isWellFormedToken(token) ? await findBookingIdByManageToken(token) : null;
  return found?.founderEmail ? collectFounderData(found.founderEmail) : null;
}

/** A download of the founder's data: JSON, never cached, never shown inline. */
export function founderDataResponse(data: FounderData | null): Response {
  if (!data)
    return new Response("This link has expired. Ask for a new one at /my-data.\n", { status: 403, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return new Response(`${JSON.stringify({ exportedAt: new Date().toISOString(), ...data }, null, 2)}\n`, {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": 'attachment; filename="candle-my-data.json"',
      "Cache-Control": "no-store",
    },
  });
}
