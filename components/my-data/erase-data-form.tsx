import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/languages";

interface Props {
  action: (form: FormData) => Promise<void>;
  locale: Locale;
  /** The manage link's token, when the form is on a booking's page. */
  token?: string;
  /** Shown when the box was not ticked. */
  needsConfirm?: boolean;
}

/** Erasing cannot be undone: a plain form with a box to tick first. */
export async function EraseDataForm({ action, locale, token, needsConfirm }: Props) {
  const t = await getTranslations({ locale, namespace: "myData.erase" });
  return (
    <form action={action} className="form">
      {token ? <input type="hidden" name="token" value={token} /> : null}
      <p>{t("explain")}</p>
      {needsConfirm ? (
        <p className="form-alert" role="alert">
          {t("needsConfirm")}
        </p>
      ) : null}
      <div className="field">
        <label>
          <input type="checkbox" name="confirm" value="yes" required /> {t("understand")}
        </label>
      </div>
      <button type="submit" className="button button--danger">
        {t("button")}
      </button>
    </form>
  );
}
