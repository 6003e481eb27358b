import { useTranslations } from "next-intl";
import { markHeld, markNoShow, undoSessionOutcome } from "@/lib/sessions/actions";
import styles from "./sessions.module.css";

/** After a confirmed session: did it take place? */
export function OutcomeForm({ bookingId, founderName }: { bookingId: string; founderName: string }) {
  const t = useTranslations("sessions.outcome");
  return (
    <form action={markHeld}>
      <input type="hidden" name="bookingId" value={bookingId} />
      <fieldset className={styles.outcome}>
        <legend>{t("legend")}</legend>
        <button type="submit" className="button button--small">
          {t("held")}
        </button>
        <button type="submit" formAction={markNoShow} className="button button--quiet button--small">
          {t("noShow", { founder: founderName })}
        </button>
      </fieldset>
    </form>
  );
}

/** For a week after "held" or "no-show": take it back, and the session asks again. */
export function UndoOutcomeForm({ bookingId }: { bookingId: string }) {
  const t = useTranslations("sessions.outcome");
  return (
    <form action={undoSessionOutcome}>
      <input type="hidden" name="bookingId" value={bookingId} />
      <button type="submit" className="button button--quiet button--small">
        {t("undo")}
      </button>
    </form>
  );
}
