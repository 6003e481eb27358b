import { useTranslations } from "next-intl";
import { HONEYPOT_INPUT_PROPS } from "@/lib/antibot/honeypot";

/** The field people never see and scripts fill in; every public form carries it. */
export function HoneypotField() {
  const t = useTranslations("forms");
  return (
    <div className="trap" aria-hidden="true">
      <label>
        {t("honeypot")}
        <input {...HONEYPOT_INPUT_PROPS} />
      </label>
    </div>
  );
}
