import type { ReactNode } from "react";
import styles from "./organiser.module.css";

/** The outcome of the last action, announced politely; a problem is styled apart. */
export function Notice({ children, problem = false }: { children: ReactNode; problem?: boolean }) {
  return (
    <div id="notice" role={problem ? "alert" : "status"} className={problem ? `${styles.notice} ${styles.problem}` : styles.notice} tabIndex={-1}>
      {children}
    </div>
  );
}
