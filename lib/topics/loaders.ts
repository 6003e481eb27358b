import "server-only";
import { cache } from "react";
import { listTopicsWithUsage } from "./data";
import { requireOrganiser } from "../auth/session";

/** The topics page (organisers only). */
export const loadTopicsWithUsage = cache(async () => {
  await requireOrganiser("/organiser/topics");
  return listTopicsWithUsage();
});
