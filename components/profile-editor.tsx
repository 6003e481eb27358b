"use client";

import { useLocale, useTranslations } from "next-intl";
import { startTransition, useActionState, useState, type FormEvent } from "react";
import { languageName } from "@/lib/format/names";
import { isLocale, languageSelfName, LOCALES } from "@/lib/i18n/languages";
import type { FormState } from "@/lib/forms";
import type { DirectoryMentor } from "@/lib/mentors/data";
import { previewCard, readFormValues, type ProfileFormValues } from "@/lib/mentors/profile-preview";
import { MentorCard } from "./mentor-card";
import { ChoiceGroup } from "./choice-group";
import { ProfileFields, ProfileTextField, type ProfileFieldOptions } from "./profile-fields";
import styles from "./profile-editor.module.css";
import { FormAlert } from "@/components/form-alert";

interface Props {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  options: ProfileFieldOptions & { topics: { id: string; slug: string; name: string }[] };
  /** The saved profile: the preview's starting point and the form's values. */
  saved: DirectoryMentor;
  values: Record<string, string | string[]>;
}

export function ProfileEditor({ action, options, saved, values: savedValues }: Props) {
  const t = useTranslations("profile");
  const pageLocale = useLocale();
  const [state, submit, pending] = useActionState(action, {});
  const [typed, setTyped] = useState<ProfileFormValues | null>(null);
  const values = state.values ?? savedValues;
  const errors = state.errors ?? {};
  // The main headline and bio are in the volunteer's own language; the others are offered beside them.
  const ownLocale = isLocale(values.locale) ? values.locale : pageLocale;
  const otherLocales = LOCALES.filter((locale) => locale !== ownLocale);

  // Submitting by hand keeps what is typed in place: React would otherwise reset
  // the form after the action, and a <select> resets to its first default.
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    startTransition(() => submit(form));
  }

  return (
    <div className={styles.editor}>
      <form action={submit} onSubmit={onSubmit} onChange={(event) => setTyped(readFormValues(new FormData(event.currentTarget)))} className="form" noValidate>
        <FormAlert message={state.saved ? null : state.message} />
        <ProfileFields values={values} errors={errors} options={options} />
        <ChoiceGroup
          name="locale"
          type="radio"
          legend={t("language.legend")}
          choices={LOCALES.map((locale) => ({
            value: locale,
            label: (
              <span lang={locale} dir="auto">
                {languageSelfName(locale)}
              </span>
            ),
          }))}
          checked={[ownLocale]}
          error={errors.locale}
          inline
        />
        <p className="hint">{t("language.hint")}</p>
        <section className={styles.translations} aria-labelledby="translations-title">
          <h2 id="translations-title">{t("translations.title")}</h2>
          <p className="hint">{t("translations.intro")}</p>
          {otherLocales.map((locale) => {
            const language = languageName(locale, pageLocale);
            return (
              <fieldset key={locale} className="field">
                <legend>{t("translations.legend", { language })}</legend>
                <ProfileTextField
                  name={`headline.${locale}`}
                  label={t("translations.headline", { language })}
                  hint={t("translations.hint")}
                  values={values}
                  errors={errors}
                  maxLength={120}
                  lang={locale}
                />
                <ProfileTextField
                  name={`bio.${locale}`}
                  label={t("translations.bio", { language })}
                  values={values}
                  errors={errors}
                  maxLength={2000}
                  multiline
                  lang={locale}
                />
              </fieldset>
            );
          })}
        </section>
        <div className={styles.submit}>
          <button type="submit" className="button" disabled={pending}>
            {pending ? t("saving") : t("save")}
          </button>
          <p role="status" className={styles.saved}>
            {state.saved ? state.message : null}
          </p>
        </div>
      </form>
      <section className={styles.preview} aria-labelledby="preview-title">
        <h2 id="preview-title">{t("preview")}</h2>
        <p className="hint">{t("previewHint")}</p>
        <MentorCard mentor={previewCard(saved, typed ?? values, options.topics)} zone={saved.timeZone} />
      </section>
    </div>
  );
}
