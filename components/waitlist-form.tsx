import { getTranslations } from "next-intl/server";
import { WAIT_MS } from "@/lib/waitlist/schema";
import { WaitlistFormFields, type WaitlistFormProps } from "./waitlist-form-fields";

/**
 * The waitlist form, its words in the page's language: translated here on the
 * server, so no messages ship to the browser with it (it sits on cached pages).
 */
export async function WaitlistForm(props: WaitlistFormProps) {
  const t = await getTranslations("waitlist.form");
  const labels = { hint: t("hint", { days: Math.round(WAIT_MS / 86_400_000) }), email: t("email"), submit: t("submit") };
  return <WaitlistFormFields {...props} labels={labels} />;
}
