import { z } from "zod";

/** The "My data" form: one address. Its messages are keys of "myData.errors". */
export const myDataRequestSchema = z.object({
  email: z.string({ error: "emailMissing" }).trim().toLowerCase().max(254, "emailTooLong").pipe(z.email("emailInvalid")),
});

/** What the form token is bound to: it is only good for this form. */
export const MY_DATA_FORM_SUBJECT = "my-data";

/** The cookie that holds a "My data" session, traded once for the emailed link. */
export const MY_DATA_COOKIE = "candle_my_data";

/** Erasing cannot be undone: the form asks the founder to tick a box first. */
export const eraseConfirmSchema = z.object({ confirm: z.literal("yes") });
