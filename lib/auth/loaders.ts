import "server-only";
import { requireOrganiser, requireVolunteer } from "./session";

/** The volunteer area's frame: who is signed in, or off to sign in. */
export const loadVolunteerShell = (next?: string) => requireVolunteer(next);

/** The organiser area's frame: who is signed in, or off to sign in. */
export const loadOrganiserShell = (next?: string) => requireOrganiser(next);
