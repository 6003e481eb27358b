import "server-only";
import { headers } from "next/headers";

import { REQUESTED_PATH_HEADER } from "./requested-path-header";

/** The path and query of the page being rendered, when proxy.ts recorded it. */
export async function requestedPath(): Promise<string | undefined> {
  return (await headers()).get(REQUESTED_PATH_HEADER) ?? undefined;
}
