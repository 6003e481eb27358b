import "server-only";
import { getTranslations } from "next-intl/server";
import { config } from "../config";
import { BOOKING_FORM_AGE, checkFormToken } from "./form-token";
import { HONEYPOT_FIELD, isHoneypotTripped } from "./honeypot";
import { verifySolution } from "./proof-of-work";

/** Without JavaScript there is no proof of work, so the form must have been open longer. */
const NO_SCRIPT_MIN_AGE_MS = 10_000;

export type FormChecks =
  | {
      ok: true;
      /** Whether a proof of work came with the form: only then may the booking hold its time. */
      proven: boolean;
      /** One-time values this form spends once it leads to a booking. */
      spend: { key: string; expiresAt: Date }[];
    }
  | { ok: false; message: string };

/**
 * The checks a form that books must pass before its fields are even read, in
 * order: the honeypot, the signed form token (bound to `subject`, old enough,
 * not too old) and, when the browser sent one, the proof of work. A refusal's
 * message is in the request's language.
 */
export async function checkBotDefences(form: FormData, subject: string, now: Date): Promise<FormChecks> {
  const t = await getTranslations("antibot");
  if (isHoneypotTripped(form.get(HONEYPOT_FIELD))) return { ok: false, message: t("trapped") };
  const proof = form.get("altcha");
  const proven = typeof proof === "string" && proof !== "";
  const token = form.get("formToken");
  const tokenCheck = checkFormToken(typeof token === "string" ? token : undefined, config.secret, subject, now, {
    ...BOOKING_FORM_AGE,
    minAgeMs: proven ? BOOKING_FORM_AGE.minAgeMs : NO_SCRIPT_MIN_AGE_MS,
  });
  if (tokenCheck === "too-fast") return { ok: false, message: t("tooFast") };
  if (tokenCheck !== "ok") return { ok: false, message: t("unverified") };
  const spend = [{ key: `form:${token as string}`, expiresAt: new Date(now.getTime() + BOOKING_FORM_AGE.maxAgeMs) }];
  if (!proven) return { ok: true, proven: false, spend };
  const solution = await verifySolution(proof, config.secret, now);
  if (!solution.ok) return { ok: false, message: t("proofFailed") };
  return { ok: true, proven: true, spend: [...spend, { key: solution.signature, expiresAt: solution.expiresAt }] };
}
