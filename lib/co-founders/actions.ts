"use server";

import { withinLinkLimits } from "../antibot/limits";
import { after } from "next/server";
import { getLocale } from "next-intl/server";
import { isWellFormedToken } from "../bookings/links";
import { flushOutbox } from "../email/sender";
import { redirect } from "../i18n/navigation";
import { formAction } from "../safe-action";
import { removeCoFounder } from "./mutations";

export const leaveSession = formAction(async (form: FormData) => {
  const locale = await getLocale();
  const token = form.get("token");
  if (typeof token !== "string" || !isWellFormedToken(token)) return redirect({ href: "/mentors", locale });
  if (!(await withinLinkLimits("booking", token))) redirect({ href: `/bookings/co-founder/${token}?done=busy`, locale });
  const result = await removeCoFounder(token);
  after(flushOutbox);
  redirect({ href: `/bookings/co-founder/left?done=${result}`, locale });
});
