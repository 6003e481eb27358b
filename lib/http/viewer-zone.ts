import "server-only";
import { cookies } from "next/headers";
import { config } from "../config";
import { pickTimeZone } from "../format/zones";

/** The zone to show times in: asked for in the URL, else remembered from the browser, else the default. */
export async function viewerZone(requested?: string | string[]): Promise<{ zone: string; explicit: boolean }> {
  const fromUrl = typeof requested === "string" ? requested : undefined;
  const zone = pickTimeZone(fromUrl, pickTimeZone((await cookies()).get("tz")?.value, config.defaultTimeZone));
  return { zone, explicit: zone === fromUrl };
}
