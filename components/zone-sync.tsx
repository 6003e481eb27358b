"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { currentZoneName } from "@/lib/format/zone-names";

/**
 * Remembers the visitor's own time zone (a cookie the server reads) and, unless
 * they picked a zone themselves, shows the page in it: cached pages by moving to
 * their per-zone address, per-request pages by rendering again.
 */
export function ZoneSync({ renderedZone, explicit, zonePath }: { renderedZone: string; explicit: boolean; zonePath?: string }) {
  const router = useRouter();
  useEffect(() => {
    const reported = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (!reported) return;
    const zone = currentZoneName(reported);
    document.cookie = `tz=${encodeURIComponent(zone)}; path=/; max-age=31536000; samesite=lax`;
    if (explicit || zone === renderedZone) return;
    if (zonePath) window.location.replace(`${zonePath}/${zone}${window.location.hash}`);
    else router.refresh();
  }, [renderedZone, explicit, zonePath, router]);
  return null;
}
