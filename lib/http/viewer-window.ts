import "server-only";
import { cookies } from "next/headers";
import { parseDaytimeWindow, type DaytimeWindow } from "../format/daytime-window";
import { WINDOW_COOKIE } from "./daytime-window";

/**
 * The viewer's daytime window for a per-request page: asked for in the URL, else
 * remembered from the browser, else none. Anything malformed counts as not asked.
 */
export async function viewerWindow(requested?: string | string[]): Promise<{ window: DaytimeWindow | null; explicit: boolean }> {
  const fromUrl = parseDaytimeWindow(requested);
  if (fromUrl) return { window: fromUrl, explicit: true };
  return { window: parseDaytimeWindow((await cookies()).get(WINDOW_COOKIE)?.value), explicit: false };
}
