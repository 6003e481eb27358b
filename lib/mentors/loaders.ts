import "server-only";
import { cache } from "react";
import { listApprovedMentors } from "./data";

export const loadMentorDirectory = cache(() => listApprovedMentors());
