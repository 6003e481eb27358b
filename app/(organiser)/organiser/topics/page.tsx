import type { Metadata } from "next";
import { NewTopic, TopicTable } from "@/components/organiser/topic-table";
import { loadTopicsWithUsage } from "@/lib/topics/loaders";

export const metadata: Metadata = { title: "Topics", robots: { index: false } };

export default async function TopicsPage() {
  const topics = await loadTopicsWithUsage();
  return (
    <div className="container">
      <div className="page-intro">
        <h1>Topics</h1>
        <p>
          Founders pick topics when they book, and volunteers list theirs. Archived topics leave those forms but stay on the bookings and profiles that already
          name them.
        </p>
      </div>
      <section className="section" aria-labelledby="add-topic">
        <h2 id="add-topic">Add a topic</h2>
        <NewTopic />
      </section>
      <section className="section" aria-labelledby="all-topics">
        <h2 id="all-topics">All topics ({topics.length})</h2>
        {topics.length ? <TopicTable topics={topics} /> : <p className="empty-state">There are no topics yet.</p>}
      </section>
    </div>
  );
}
