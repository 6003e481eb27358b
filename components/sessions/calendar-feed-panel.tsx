"use client";

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
  const [created, create, creating] = useActionState(createCalendarFeed, initial);
  const [turnedOff, turnOff, turningOff] = useActionState(turnOffCalendarFeed, initial);
  const hasScript = useHasScript();
  const [copied, setCopied] = useState<{ url: string; text: string } | null>(null);
  const newUrl = hasFeed ? created.feedUrl : undefined;

  async function copy(url: string) {
    try {
      await navigator.clipboard.writeText(url);
      setCopied({ url, text: "Copied." });
    } catch {
      setCopied({ url, text: "Could not copy; please select the address and copy it." });
    }
  }

  return (
    <section className="section" aria-labelledby="feed-title">
      <h2 id="feed-title">Your sessions in your calendar app</h2>
      <p>
        Subscribe to a private address and your calendar app keeps your Candle sessions up to date: new ones appear, cancelled ones disappear. Apps check every
        few hours, so the emailed invite is still the quickest way to hear of a new session.
      </p>

      {newUrl ? (
        <div className="summary">
          <p role="status">
            <strong>Copy this address now. For your privacy it is shown only this once.</strong>
          </p>
          <div className="field">
            <label htmlFor="feed-url">Your private calendar address</label>
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
              In your calendar app, choose “Add calendar”, then “From URL” or “Subscribe”, and paste it. Anyone with this address can see your sessions, so keep
              it to yourself.
            </p>
          </div>
          <div className={styles.actions}>
            {hasScript ? (
              <button type="button" className="button button--small" onClick={() => copy(newUrl)}>
                Copy the address
              </button>
            ) : null}
            {created.webcalUrl ? <a href={created.webcalUrl}>Open it in this device’s calendar app</a> : null}
          </div>
          <p className="hint" aria-live="polite">
            {copied?.url === newUrl ? copied.text : ""}
          </p>
        </div>
      ) : hasFeed ? (
        <p>You have a private calendar address. We cannot show it again; if you have lost it, get a new one.</p>
      ) : turnedOff.message ? (
        <p role="status">{turnedOff.message}</p>
      ) : (
        <p>You have no calendar address yet.</p>
      )}

      {hasFeed ? (
        <div className={styles.feedForms}>
          <form action={create}>
            <button type="submit" className="button button--quiet" disabled={creating} aria-describedby="feed-new-hint">
              Get a new address
            </button>
            <p id="feed-new-hint" className="hint">
              The current address stops working at once.
            </p>
          </form>
          <form action={turnOff}>
            <button type="submit" className="button button--danger" disabled={turningOff}>
              Turn off
            </button>
          </form>
        </div>
      ) : (
        <form action={create}>
          <button type="submit" className="button" disabled={creating}>
            Create my calendar address
          </button>
        </form>
      )}
    </section>
  );
}
