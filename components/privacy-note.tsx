import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";

/** Beside every form that collects personal data: where to read what happens to it (in the reader's language). */
export function PrivacyNote() {
  const t = useTranslations("forms");
  return <p className="hint">{t.rich("privacyNote", { link: (chunks) => <Link href="/privacy">{chunks}</Link> })}</p>;
}
