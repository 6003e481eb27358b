"use server";

import { withinLinkLimits } from "../antibot/limits";
import type { Route } from "next";
import { redirect } from "next/navigation";
import { after } from "next/server";
import { isWellFormedToken } from "../bookings/links";
import { flushOutbox } from "../email/sender";
import { formAction } from "../safe-action";
import { removeCoFounder } from "./mutations";

export const leaveSession = formAction(async (form: FormData) => {
  const token = form.get("token");
  if (typeof token !== "string" || !isWellFormedToken(token)) redirect("/mentors");
  if (!(await withinLinkLimits("booking", token))) redirect(`/bookings/co-founder/${token}?done=busy` as Route);
  const result = await removeCoFounder(token);
  after(flushOutbox);
  redirect(`/bookings/co-founder/left?done=${result}` as Route);
});
