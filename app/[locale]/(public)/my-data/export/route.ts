import { founderDataResponse, loadMyData } from "@/lib/my-data/loaders";

/** The visitor's data as JSON, for their "My data" session. */
export async function GET() {
  return founderDataResponse(await loadMyData());
}
