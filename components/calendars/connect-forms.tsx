"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { FormState } from "@/lib/forms";
import { FormMessage } from "../availability/form-message";
import { TextField } from "../text-field";

type Action = (state: FormState, form: FormData) => Promise<FormState>;

function useForm(action: Action) {
  const [state, submit, pending] = useActionState(action, {});
  // A saved form starts empty again; a refused one keeps what was typed (never the password).
  const values = state.saved ? {} : (state.values ?? {});
  const text = (name: string) => (typeof values[name] === "string" ? (values[name] as string) : "");
  return { state, submit, pending, text, errors: state.errors ?? {} };
}

/** A secret iCalendar address (https or webcal). */
export function ConnectFeedForm({ action }: { action: Action }) {
  const { state, submit, pending, text, errors } = useForm(action);
  const t = useTranslations("calendars.form");
  return (
    <form action={submit} className="form" noValidate>
      <TextField id="feed-label" name="label" label={t("name")} hint={t("feedNameHint")} maxLength={60} defaultValue={text("label")} error={errors.label} />
      <TextField
        id="feed-url"
        name="url"
        type="url"
        inputMode="url"
        autoComplete="off"
        spellCheck={false}
        label={t("feedUrl")}
        hint={t("feedUrlHint")}
        defaultValue={text("url")}
        error={errors.url}
      />
      <FormMessage state={state} />
      <div>
        <button type="submit" className="button" disabled={pending}>
          {t("connectFeed")}
        </button>
      </div>
    </form>
  );
}

/** A CalDAV account: every calendar found counts as busy until unticked. */
export function ConnectCalDavForm({ action }: { action: Action }) {
  const { state, submit, pending, text, errors } = useForm(action);
  const t = useTranslations("calendars.form");
  return (
    <form action={submit} className="form" noValidate>
      <TextField id="dav-label" name="label" label={t("name")} hint={t("davNameHint")} maxLength={60} defaultValue={text("label")} error={errors.label} />
      <TextField
        id="dav-server"
        name="server"
        type="url"
        inputMode="url"
        autoComplete="off"
        spellCheck={false}
        label={t("server")}
        hint={t("serverHint")}
        defaultValue={text("server")}
        error={errors.server}
      />
      <TextField id="dav-user" name="user" label={t("user")} autoComplete="off" spellCheck={false} defaultValue={text("user")} error={errors.user} />
      <TextField
        id="dav-password"
        name="password"
        type="password"
        autoComplete="new-password"
        label={t("password")}
        hint={t("passwordHint")}
        error={errors.password}
      />
      <FormMessage state={state} />
      <div>
        <button type="submit" className="button" disabled={pending}>
          {t("findCalendars")}
        </button>
      </div>
    </form>
  );
}
