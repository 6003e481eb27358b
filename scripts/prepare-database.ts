/**
 * Run by `npm start` before the server starts: applies pending migrations and,
 * only when SEED_DEMO_DATA=1 (the bare quick start sets it), loads the demo data
 * into an empty database so a first run has something to show. A deployment
 * never gets bookable demo mentors by accident.
 */
import { createDatabaseClient } from "../lib/db/connect";
import { resolveDatabaseTarget } from "../lib/db/provider";
import { seedDemoData } from "../prisma/seed";
import { migrateDatabase } from "./database";

try {
  process.loadEnvFile();
} catch {
  // No .env file: defaults apply.
}

const url = process.env.DATABASE_URL;
const target = resolveDatabaseTarget(url);
await migrateDatabase(url);

const db = createDatabaseClient(target);
try {
  const empty = (await db.user.count()) === 0;
  if (empty && process.env.SEED_DEMO_DATA === "1") {
    const summary = await seedDemoData(db);
    console.log(`Loaded demo data: ${summary.mentors} mentors, ${summary.topics} topics, ${summary.bookings} bookings.`);
  }
} finally {
  await db.$disconnect();
}
