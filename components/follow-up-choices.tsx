import { OtherTimesForm } from "./other-times-form";

interface Props {
  action: (form: FormData) => Promise<void>;
  token: string;
  mentorName: string;
  times: { startsAt: Date; endsAt: Date }[];
  zone: string;
  topics: { slug: string; name: string }[];
}

/** What a founder can do next: another hour with the same volunteer, or someone else on the same topic. */
export function FollowUpChoices({ action, token, mentorName, times, zone, topics }: Props) {
  return (
    <section className="section" aria-labelledby="follow-up-title">
      <h2 id="follow-up-title">Book a follow-up</h2>
      <p>Your details are filled in for you on the next form; nothing is booked until you send it.</p>
      {times.length ? (
        <OtherTimesForm
          action={action}
          token={token}
          hidden={{ with: "same" }}
          slots={times}
          zone={zone}
          legend={`Next free times with ${mentorName}`}
          submitLabel={`Book a follow-up with ${mentorName}`}
        />
      ) : (
        <p>{mentorName} has no free times right now.</p>
      )}
      <h3>Or meet someone else</h3>
      <div className="actions">
        {topics.map((topic) => (
          <form key={topic.slug} action={action}>
            <input type="hidden" name="token" value={token} />
            <input type="hidden" name="with" value="other" />
            <input type="hidden" name="topic" value={topic.slug} />
            <button type="submit" className="button button--quiet">
              Meet someone else on {topic.name}
            </button>
          </form>
        ))}
        <form action={action}>
          <input type="hidden" name="token" value={token} />
          <input type="hidden" name="with" value="other" />
          <button type="submit" className="button button--quiet">
            Browse all mentors
          </button>
        </form>
      </div>
    </section>
  );
}
