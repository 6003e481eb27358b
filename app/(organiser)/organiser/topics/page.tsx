import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { NewTopic, TopicTable } from "@/components/organiser/topic-table";
import { loadTopicsWithUsage } from "@/lib/topics/loaders";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("topics");
  return { title: t("heading"), robots: { index: false } };
}

export default async function TopicsPage() {
  const topics = await loadTopicsWithUsage();
  const t = await getTranslations("topics");
  return (
    <div className="container">
      <div className="page-intro">
        <h1>{t("heading")}</h1>
        <p>{t("intro")}</p>
      </div>
      <section className="section" aria-labelledby="add-topic">
        <h2 id="add-topic">{t("addHeading")}</h2>
        <NewTopic />
      </section>
      <section className="section" aria-labelledby="all-topics">
        <h2 id="all-topics">{t("allHeading", { count: topics.length })}</h2>
        {topics.length ? <TopicTable topics={topics} /> : <p className="empty-state">{t("empty")}</p>}
      </section>
    </div>
  );
}
