import { markHeld, markNoShow, undoSessionOutcome } from "@/lib/sessions/actions";
import styles from "./sessions.module.css";

/** After a confirmed session: did it take place? */
export function OutcomeForm({ bookingId, founderName }: { bookingId: string; founderName: string }) {
  return (
    <form action={markHeld}>
      <input type="hidden" name="bookingId" value={bookingId} />
      <fieldset className={styles.outcome}>
        <legend>Did this session take place?</legend>
        <button type="submit" className="button button--small">
          Yes, we met
        </button>
        <button type="submit" formAction={markNoShow} className="button button--quiet button--small">
          No, {founderName} did not come
        </button>
      </fieldset>
    </form>
  );
}

/** For a week after "held" or "no-show": take it back, and the session asks again. */
export function UndoOutcomeForm({ bookingId }: { bookingId: string }) {
  return (
    <form action={undoSessionOutcome}>
      <input type="hidden" name="bookingId" value={bookingId} />
      <button type="submit" className="button button--quiet button--small">
        Undo: I marked this by mistake
      </button>
    </form>
  );
}
