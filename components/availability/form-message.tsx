import type { FormState } from "@/lib/forms";
import styles from "./availability.module.css";
import { FormAlert } from "@/components/form-alert";

/**
 * A form's outcome, placed by its submit button: a problem as an alert, a success
 * in a status region that is always there, so screen readers announce it.
 */
export function FormMessage({ state }: { state: FormState }) {
  return (
    <>
      <FormAlert message={state.saved ? null : state.message} />
      <div role="status" className={state.saved && state.message ? styles.saved : undefined}>
        {state.saved ? state.message : null}
      </div>
    </>
  );
}
