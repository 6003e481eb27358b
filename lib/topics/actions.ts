"use server";

import { organiserActor } from "../audit/actor";
import { requireOrganiser } from "../auth/session";
import { getTranslations } from "next-intl/server";
import { fieldErrors, formValues, type FormState } from "../forms";
import { errorTranslator } from "../i18n/errors";
import { addTopic, moveTopic, renameTopic, setTopicArchived, type TopicNameResult } from "./mutations";
import { addTopicSchema, archiveTopicSchema, moveTopicSchema, renameTopicSchema } from "./schema";
import { formAction, stateAction } from "../safe-action";

const PAGE = "/organiser/topics";

/** Why a name was refused, in the organiser's words. */
async function refusal(result: Exclude<TopicNameResult, { ok: true }>): Promise<string> {
  const t = await getTranslations("topics.errors");
  if (result.reason === "not-found") return t("gone");
  return result.clash.kind === "taken" ? t("taken") : t(result.clash.kind, { name: result.clash.name });
}

export const addTopicAction = stateAction(async (_previous: FormState<"name">, form: FormData): Promise<FormState<"name">> => {
  const viewer = await requireOrganiser(PAGE);
  const parsed = addTopicSchema.safeParse({ name: form.get("name") });
  if (!parsed.success) return { errors: fieldErrors(parsed.error, await errorTranslator("topics.errors")), values: formValues(form) };
  const result = await addTopic(parsed.data.name, organiserActor(viewer));
  if (!result.ok) return { errors: { name: await refusal(result) }, values: formValues(form) };
  return { saved: true, message: (await getTranslations("topics"))("added", { name: parsed.data.name }) };
});

export const renameTopicAction = stateAction(async (_previous: FormState<"name">, form: FormData): Promise<FormState<"name">> => {
  const viewer = await requireOrganiser(PAGE);
  const parsed = renameTopicSchema.safeParse({ topicId: form.get("topicId"), name: form.get("name") });
  if (!parsed.success) return { errors: fieldErrors(parsed.error, await errorTranslator("topics.errors")), values: formValues(form) };
  const result = await renameTopic(parsed.data.topicId, parsed.data.name, organiserActor(viewer));
  if (!result.ok) return { errors: { name: await refusal(result) }, values: formValues(form) };
  return { saved: true, message: (await getTranslations("topics"))("renamed", { name: parsed.data.name }) };
});

export const moveTopicAction = formAction(async (form: FormData): Promise<void> => {
  const viewer = await requireOrganiser(PAGE);
  const parsed = moveTopicSchema.safeParse({ topicId: form.get("topicId"), direction: form.get("direction") });
  if (!parsed.success) return;
  await moveTopic(parsed.data.topicId, parsed.data.direction, organiserActor(viewer));
});

export const setTopicArchivedAction = formAction(async (form: FormData): Promise<void> => {
  const viewer = await requireOrganiser(PAGE);
  const parsed = archiveTopicSchema.safeParse({ topicId: form.get("topicId"), archived: form.get("archived") });
  if (!parsed.success) return;
  await setTopicArchived(parsed.data.topicId, parsed.data.archived, organiserActor(viewer));
});
