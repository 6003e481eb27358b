import { useTranslations } from "next-intl";
import styles from "./availability.module.css";

interface Props {
  entries: { id: string; label: string }[];
  /** The section's form action; each Remove button sends name="remove" with the entry's id. */
  submit: (form: FormData) => void;
  label: string;
  empty: string;
  pending: boolean;
}

/** Saved extra times or days off, each with its own small form to remove it. */
export function EntryList({ entries, submit, label, empty, pending }: Props) {
  const t = useTranslations("availability");
  if (entries.length === 0) return <p className="hint">{empty}</p>;
  return (
    <ul className={styles.entries} aria-label={label}>
      {entries.map((entry) => (
        <li key={entry.id}>
          <span>{entry.label}</span>
          <form action={submit}>
            <button type="submit" name="remove" value={entry.id} className="button button--quiet button--small" disabled={pending}>
              {t("remove")}
              <span className="visually-hidden"> {entry.label}</span>
            </button>
          </form>
        </li>
      ))}
    </ul>
  );
}
