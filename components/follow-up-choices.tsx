import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/languages";
import { OtherTimesForm } from "./other-times-form";

interface Props {
  action: (form: FormData) => Promise<void>;
  token: string;
  mentorName: string;
  times: { startsAt: Date; endsAt: Date }[];
  zone: string;
  topics: { slug: string; name: string }[];
  locale: Locale;
}

/** What a founder can do next: another hour with the same volunteer, or someone else on the same topic. */
export async function FollowUpChoices({ action, token, mentorName, times, zone, topics, locale }: Props) {
  const t = await getTranslations({ locale, namespace: "feedback.followUp" });
  return (
    <section className="section" aria-labelledby="follow-up-title">
      <h2 id="follow-up-title">{t("title")}</h2>
      <p>{t("intro")}</p>
      {times.length ? (
        <OtherTimesForm
          action={action}
          token={token}
          hidden={{ with: "same" }}
          slots={times}
          zone={zone}
          legend={t("nextTimes", { mentor: mentorName })}
          submitLabel={t("book", { mentor: mentorName })}
        />
      ) : (
        <p>{t("noTimes", { mentor: mentorName })}</p>
      )}
      <h3>{t("otherTitle")}</h3>
      <div className="actions">
        {topics.map((topic) => (
          <form key={topic.slug} action={action}>
            <input type="hidden" name="token" value={token} />
            <input type="hidden" name="with" value="other" />
            <input type="hidden" name="topic" value={topic.slug} />
            <button type="submit" className="button button--quiet">
              {t("sameTopic", { topic: topic.name })}
            </button>
          </form>
        ))}
        <form action={action}>
          <input type="hidden" name="token" value={token} />
          <input type="hidden" name="with" value="other" />
          <button type="submit" className="button button--quiet">
            {t("browse")}
          </button>
        </form>
      </div>
    </section>
  );
}
