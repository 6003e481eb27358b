"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState, useSyncExternalStore } from "react";
import { createCalendarFeed, turnOffCalendarFeed } from "@/lib/sessions/actions";
import type { CalendarFeedState } from "@/lib/sessions/schema";
import styles from "./sessions.module.css";

const initial: CalendarFeedState = {};
const noSubscription = () => () => {};

/** True once React runs in the browser, so the copy button never shows where it could not work. */
function useHasScript() {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}

/**
 * The private feed address is shown right after it is made and never again: the
 * server keeps only its hash. It comes back as the action's state, so it also
 * shows when the form was posted without JavaScript.
 */
export function CalendarFeedPanel({ hasFeed }: { hasFeed: boolean }) {
  const t = useTranslations("sessions.feed");
  const [created, create, creating] = useActionState(createCalendarFeed, initial);
  const [turnedOff, turnOff, turningOff] = useActionState(turnOffCalendarFeed, initial);
  const hasScript = useHasScript();
  const [copied, setCopied] = useState<{ url: string; text: string } | null>(null);
  const newUrl = hasFeed ? created.feedUrl : undefined;

  async function copy(url: string) {
    try {
      await navigator.clipboard.writeText(url);
      setCopied({ url, text: t("copied") });
    } catch {
      setCopied({ url, text: t("copyFailed") });
    }
  }

  return (
    <section className="section" aria-labelledby="feed-title">
      <h2 id="feed-title">{t("title")}</h2>
      <p>{t("intro")}</p>

      {newUrl ? (
        <div className="summary">
          <p role="status">
            <strong>{t("copyNow")}</strong>
          </p>
          <div className="field">
            <label htmlFor="feed-url">{t("address")}</label>
            <input
              id="feed-url"
              className={styles.feedAddress}
              type="url"
              readOnly
              value={newUrl}
              onFocus={(event) => event.currentTarget.select()}
              aria-describedby="feed-url-hint"
            />
            <p id="feed-url-hint" className="hint">
              {t("addressHint")}
            </p>
          </div>
          <div className={styles.actions}>
            {hasScript ? (
              <button type="button" className="button button--small" onClick={() => copy(newUrl)}>
                {t("copy")}
              </button>
            ) : null}
            {created.webcalUrl ? <a href={created.webcalUrl}>{t("open")}</a> : null}
          </div>
          <p className="hint" aria-live="polite">
            {copied?.url === newUrl ? copied.text : ""}
          </p>
        </div>
      ) : hasFeed ? (
        <p>{t("hasFeed")}</p>
      ) : turnedOff.message ? (
        <p role="status">{turnedOff.message}</p>
      ) : (
        <p>{t("noFeed")}</p>
      )}

      {hasFeed ? (
        <div className={styles.feedForms}>
          <form action={create}>
            <button type="submit" className="button button--quiet" disabled={creating} aria-describedby="feed-new-hint">
              {t("newAddress")}
            </button>
            <p id="feed-new-hint" className="hint">
              {t("newAddressHint")}
            </p>
          </form>
          <form action={turnOff}>
            <button type="submit" className="button button--danger" disabled={turningOff}>
              {t("turnOff")}
            </button>
          </form>
        </div>
      ) : (
        <form action={create}>
          <button type="submit" className="button" disabled={creating}>
            {t("create")}
          </button>
        </form>
      )}
    </section>
  );
}
