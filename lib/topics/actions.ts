"use server";

import { organiserActor } from "../audit/actor";
import { requireOrganiser } from "../auth/session";
import { fieldErrors, formValues, type FormState } from "../forms";
import { addTopic, moveTopic, renameTopic, setTopicArchived } from "./mutations";
import { addTopicSchema, archiveTopicSchema, moveTopicSchema, renameTopicSchema } from "./schema";
import { formAction, stateAction } from "../safe-action";

const PAGE = "/organiser/topics";

export const addTopicAction = stateAction(async (_previous: FormState<"name">, form: FormData): Promise<FormState<"name">> => {
  const viewer = await requireOrganiser(PAGE);
  const parsed = addTopicSchema.safeParse({ name: form.get("name") });
  if (!parsed.success) return { errors: fieldErrors(parsed.error), values: formValues(form) };
  const result = await addTopic(parsed.data.name, organiserActor(viewer));
  if (!result.ok) return { errors: { name: result.reason === "clash" ? result.message : "That topic no longer exists." }, values: formValues(form) };
  return { saved: true, message: `Added “${parsed.data.name}” at the end of the list.` };
});

export const renameTopicAction = stateAction(async (_previous: FormState<"name">, form: FormData): Promise<FormState<"name">> => {
  const viewer = await requireOrganiser(PAGE);
  const parsed = renameTopicSchema.safeParse({ topicId: form.get("topicId"), name: form.get("name") });
  if (!parsed.success) return { errors: fieldErrors(parsed.error), values: formValues(form) };
  const result = await renameTopic(parsed.data.topicId, parsed.data.name, organiserActor(viewer));
  if (!result.ok) return { errors: { name: result.reason === "clash" ? result.message : "That topic no longer exists." }, values: formValues(form) };
  return { saved: true, message: `Renamed to “${parsed.data.name}”.` };
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
