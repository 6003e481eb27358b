import "server-only";
import { cache } from "react";
import { listTopicsWithUsage } from "./data";

export const loadTopicsWithUsage = cache(() => listTopicsWithUsage());
