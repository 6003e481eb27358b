"use client";

import { useEffect, useEffectEvent, useRef } from "react";
import { POW_COUNTER_RANGE, POW_MAX_DIFFICULTY, encodePayload, solveChallenge, type ChallengeJson } from "@/lib/antibot/solve";

type Props = {
  challenge: ChallengeJson;
  /**
   * Optional source of a fresh challenge, such as a server action. With it, a form
   * sent again (after a field error, say) or left open past the challenge's expiry
   * gets a new, unspent proof before it goes.
   */
  refreshChallenge?: () => Promise<ChallengeJson>;
};

type Phase = "solving" | "ready" | "sent" | "failed";

// The form still has to reach the server before the challenge expires.
const EXPIRY_MARGIN_MS = 30_000;

/**
 * Solves the proof-of-work challenge as soon as the form appears and puts the
 * answer in the hidden `altcha` field; it shows nothing. A submit made before the
 * answer is ready waits for it. Without JavaScript the field stays empty and the
 * form submits as usual.
 */
export function ProofOfWorkField({ challenge, refreshChallenge }: Props) {
  const inputRef = useRef<HTMLInputElement>(null);
  const canRefresh = refreshChallenge !== undefined;
  const fetchFresh = useEffectEvent(() => refreshChallenge!());
  const latestChallenge = useEffectEvent(() => challenge);

  useEffect(() => {
    const input = inputRef.current;
    const form = input?.form;
    if (!input || !form) return;
    const controller = new AbortController();
    let current = latestChallenge();
    let phase: Phase = "solving";
    let held: { submitter: HTMLElement | null } | null = null;
    let resubmitting = false;

    const prepare = async (next: ChallengeJson | Promise<ChallengeJson>) => {
      phase = "solving";
      input.value = "";
      try {
        const fresh = await next;
        const solution = await solveChallenge(fresh, { signal: controller.signal, maxCounter: POW_COUNTER_RANGE.max * POW_MAX_DIFFICULTY });
        if (controller.signal.aborted) return;
        current = fresh;
        if (solution) input.value = encodePayload(fresh, solution);
        phase = solution ? "ready" : "failed";
      } catch {
        if (controller.signal.aborted) return;
        phase = "failed";
      }
      if (held) {
        const { submitter } = held;
        held = null;
        resubmitting = true;
        try {
          form.requestSubmit(isSubmitButtonOf(form, submitter) ? submitter : undefined);
        } finally {
          resubmitting = false;
        }
      }
    };

    // Listening on the form itself runs before React's root listener, which skips
    // its form action for an event whose default was prevented.
    const onSubmit = (event: SubmitEvent) => {
      if (phase === "failed") return;
      if (resubmitting) {
        phase = "sent";
        return;
      }
      const stale = phase === "sent" || expiresSoon(current);
      if (phase === "ready" && !stale) {
        phase = "sent";
        return;
      }
      if (phase !== "solving" && !canRefresh) return;
      event.preventDefault();
      held = { submitter: event.submitter };
      if (phase !== "solving") void prepare(Promise.resolve().then(fetchFresh));
    };

    form.addEventListener("submit", onSubmit);
    void prepare(current);
    return () => {
      controller.abort();
      form.removeEventListener("submit", onSubmit);
    };
    // Keyed by signature: a parent re-rendering the same challenge must not restart the work.
  }, [challenge.signature, canRefresh]);

  // No value or defaultValue prop: React would then write "" back on re-render.
  return <input ref={inputRef} type="hidden" name="altcha" />;
}

function expiresSoon(challenge: ChallengeJson): boolean {
  const expiresAt = challenge.parameters.expiresAt;
  return expiresAt !== undefined && expiresAt * 1000 - EXPIRY_MARGIN_MS <= Date.now();
}

function isSubmitButtonOf(form: HTMLFormElement, element: HTMLElement | null): element is HTMLButtonElement | HTMLInputElement {
  return (element instanceof HTMLButtonElement || element instanceof HTMLInputElement) && element.form === form && element.type === "submit";
}
