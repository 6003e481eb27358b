import { getTranslations } from "next-intl/server";
import { addTopicAction, moveTopicAction, renameTopicAction, setTopicArchivedAction } from "@/lib/topics/actions";
import type { TopicWithUsage } from "@/lib/topics/data";
import styles from "./organiser.module.css";
import { AddTopicForm, RenameTopicForm } from "./topic-forms";

async function MoveButton({ topicId, name, direction, disabled }: { topicId: string; name: string; direction: "up" | "down"; disabled: boolean }) {
  const t = await getTranslations("topics.table");
  return (
    <form action={moveTopicAction}>
      <input type="hidden" name="topicId" value={topicId} />
      <input type="hidden" name="direction" value={direction} />
      <button type="submit" className="button button--quiet button--small" disabled={disabled}>
        <span aria-hidden="true">{direction === "up" ? "↑" : "↓"}</span> {t(direction)}
        <span className="visually-hidden"> {t("quoted", { name })}</span>
      </button>
    </form>
  );
}

async function ArchiveButton({ topic }: { topic: TopicWithUsage }) {
  const t = await getTranslations("topics.table");
  return (
    <form action={setTopicArchivedAction}>
      <input type="hidden" name="topicId" value={topic.id} />
      <input type="hidden" name="archived" value={topic.archived ? "false" : "true"} />
      <button type="submit" className="button button--quiet button--small">
        {topic.archived ? t("bringBack") : t("archive")}
        <span className="visually-hidden"> {t("quoted", { name: topic.name })}</span>
      </button>
    </form>
  );
}

/** The topic list in the founders' order, each row with its own small forms. */
export async function TopicTable({ topics }: { topics: TopicWithUsage[] }) {
  const t = await getTranslations("topics.table");
  return (
    <div className={styles.tableWrap}>
      <table className={styles.table}>
        <caption className="visually-hidden">{t("caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("name")}</th>
            <th scope="col" className={styles.number}>
              {t("mentors")}
            </th>
            <th scope="col" className={styles.number}>
              {t("bookings")}
            </th>
            <th scope="col">{t("shown")}</th>
            <th scope="col">{t("order")}</th>
            <th scope="col">{t("archiveHeading")}</th>
          </tr>
        </thead>
        <tbody>
          {topics.map((topic, index) => (
            <tr key={topic.id} className={topic.archived ? styles.archived : undefined}>
              <td>
                <RenameTopicForm
                  action={renameTopicAction}
                  topicId={topic.id}
                  name={topic.name}
                  labels={{ name: t("nameOf", { name: topic.name }), rename: t("rename"), quoted: t("quoted", { name: topic.name }) }}
                />
                <span className="hint">{`/mentors?topic=${topic.slug}`}</span>
              </td>
              <td className={styles.number}>{topic.mentors}</td>
              <td className={styles.number}>{topic.bookings}</td>
              <td>{topic.archived ? <span className={styles.badge}>{t("archived")}</span> : t("yes")}</td>
              <td>
                <div className={styles.buttons}>
                  <MoveButton topicId={topic.id} name={topic.name} direction="up" disabled={index === 0} />
                  <MoveButton topicId={topic.id} name={topic.name} direction="down" disabled={index === topics.length - 1} />
                </div>
              </td>
              <td>
                <ArchiveButton topic={topic} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export async function NewTopic() {
  const t = await getTranslations("topics.add");
  return <AddTopicForm action={addTopicAction} labels={{ name: t("name"), add: t("add") }} />;
}
