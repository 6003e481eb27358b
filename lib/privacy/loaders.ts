import "server-only";
import { config } from "../config";
import { retentionRows } from "./policy";

export function loadRetentionRows() {
  return retentionRows(config.retention, Math.round(config.dataLinkMs / 60_000));
}
