import { addTopicAction, moveTopicAction, renameTopicAction, setTopicArchivedAction } from "@/lib/topics/actions";
import type { TopicWithUsage } from "@/lib/topics/data";
import styles from "./organiser.module.css";
import { AddTopicForm, RenameTopicForm } from "./topic-forms";

function MoveButton({ topicId, name, direction, disabled }: { topicId: string; name: string; direction: "up" | "down"; disabled: boolean }) {
  return (
    <form action={moveTopicAction}>
      <input type="hidden" name="topicId" value={topicId} />
      <input type="hidden" name="direction" value={direction} />
      <button type="submit" className="button button--quiet button--small" disabled={disabled}>
        <span aria-hidden="true">{direction === "up" ? "↑" : "↓"}</span> {direction === "up" ? "Up" : "Down"}
        <span className="visually-hidden"> “{name}”</span>
      </button>
    </form>
  );
}

function ArchiveButton({ topic }: { topic: TopicWithUsage }) {
  return (
    <form action={setTopicArchivedAction}>
      <input type="hidden" name="topicId" value={topic.id} />
      <input type="hidden" name="archived" value={topic.archived ? "false" : "true"} />
      <button type="submit" className="button button--quiet button--small">
        {topic.archived ? "Bring back" : "Archive"}
        <span className="visually-hidden"> “{topic.name}”</span>
      </button>
    </form>
  );
}

/** The topic list in the founders' order, each row with its own small forms. */
export function TopicTable({ topics }: { topics: TopicWithUsage[] }) {
  return (
    <div className={styles.tableWrap}>
      <table className={styles.table}>
        <caption className="visually-hidden">Topics, in the order founders and volunteers see them</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col" className={styles.number}>
              Mentors
            </th>
            <th scope="col" className={styles.number}>
              Bookings
            </th>
            <th scope="col">Shown</th>
            <th scope="col">Order</th>
            <th scope="col">Archive</th>
          </tr>
        </thead>
        <tbody>
          {topics.map((topic, index) => (
            <tr key={topic.id} className={topic.archived ? styles.archived : undefined}>
              <td>
                <RenameTopicForm action={renameTopicAction} topicId={topic.id} name={topic.name} />
                <span className="hint">/mentors?topic={topic.slug}</span>
              </td>
              <td className={styles.number}>{topic.mentors}</td>
              <td className={styles.number}>{topic.bookings}</td>
              <td>{topic.archived ? <span className={styles.badge}>Archived</span> : "Yes"}</td>
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

export function NewTopic() {
  return <AddTopicForm action={addTopicAction} />;
}
