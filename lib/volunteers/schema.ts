import { z } from "zod";
import { VOLUNTEER_ACTIONS } from "./transitions";

export const volunteerActionSchema = z.object({
  mentorId: z.string().trim().min(1).max(64),
  action: z.enum(VOLUNTEER_ACTIONS),
});

export const inviteSchema = z.object({
  email: z.string({ error: "emailMissing" }).trim().toLowerCase().max(254, "emailTooLong").pipe(z.email("emailInvalid")),
});

/** The outcome the volunteers page shows after an action redirects to it; anything malformed is ignored. */
export const volunteersNoticeSchema = z.object({
  done: z.enum(VOLUNTEER_ACTIONS).optional().catch(undefined),
  mentor: z.string().max(64).optional().catch(undefined),
  cancelled: z.coerce.number().int().min(0).max(100_000).optional().catch(undefined),
  problem: z.enum(["not-found", "wrong-status"]).optional().catch(undefined),
});

export type VolunteersNotice = z.infer<typeof volunteersNoticeSchema>;

/** Deleting an account cannot be undone: the form asks for a ticked box. */
export const deleteAccountSchema = z.object({ confirm: z.literal("yes") });
