import { changeVolunteerStatusAction } from "@/lib/volunteers/actions";
import { getTranslations } from "next-intl/server";
import { actionsFor } from "@/lib/volunteers/transitions";
import type { MentorStatus } from "@/lib/db/types";
import styles from "./organiser.module.css";

const buttonClass = {
  approve: "button button--small",
  resume: "button button--small",
  decline: "button button--quiet button--small",
  pause: "button button--quiet button--small",
  retire: "button button--danger button--small",
} as const;

/**
 * One form, one button per allowed action: the pressed button's name and value
 * say which, with or without JavaScript. Each button names the volunteer for
 * people who move from button to button.
 */
export async function VolunteerActions({ mentorId, name, status }: { mentorId: string; name: string; status: MentorStatus }) {
  const actions = actionsFor(status);
  const t = await getTranslations("organiserVolunteers.actions");
  if (actions.length === 0) return null;
  return (
    <form action={changeVolunteerStatusAction} className={styles.buttons}>
      <input type="hidden" name="mentorId" value={mentorId} />
      {actions.map((action) => (
        <button key={action} type="submit" name="change" value={action} className={buttonClass[action]}>
          {t(action)}
          <span className="visually-hidden"> {name}</span>
        </button>
      ))}
    </form>
  );
}
