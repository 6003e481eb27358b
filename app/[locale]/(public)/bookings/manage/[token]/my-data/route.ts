import { founderDataResponse, loadDataByManageLink } from "@/lib/my-data/loaders";

/** Everything held about the founder behind this manage link, as JSON. */
export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  return founderDataResponse(await loadDataByManageLink((await params).token));
}
