import type { Metadata } from "next";
import { connection } from "next/server";
import { MentorCard } from "@/components/mentor-card";
import { loadMentorDirectory } from "@/lib/mentors/loaders";

export const metadata: Metadata = {
  title: "Find a mentor",
  description: "Volunteers from worker co-ops around the world, each offering a free hour to people starting one.",
};

export default async function MentorDirectoryPage() {
  await connection();
  const mentors = await loadMentorDirectory();
  return (
    <div className="container">
      <div className="page-intro">
        <h1>Find a mentor</h1>
        <p>
          {mentors.length} volunteers from worker co-ops, each offering an hour of their time. Pick someone whose experience
          matches where your co-op is now.
        </p>
      </div>
      {mentors.length === 0 ? (
        <p className="empty-state">No mentors are taking bookings right now. Please check back soon.</p>
      ) : (
        <ul className="mentor-grid" aria-label="Mentors">
          {mentors.map((mentor) => (
            <li key={mentor.id}>
              <MentorCard mentor={mentor} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
