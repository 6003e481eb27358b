/**
 * Approves a volunteer from the command line, for setups without an organiser yet:
 *   npm run volunteer:approve -- someone@example.org
 */
import { createDatabaseClient } from "../lib/db/connect";
import { resolveDatabaseTarget } from "../lib/db/provider";

try {
  process.loadEnvFile();
} catch {
  // No .env file: defaults apply.
}

const email = process.argv[2]?.trim().toLowerCase();
if (!email) {
  console.error("Usage: npm run volunteer:approve -- volunteer@example.org");
  process.exit(2);
}
const db = createDatabaseClient(resolveDatabaseTarget(process.env.DATABASE_URL));
try {
  const user = await db.user.findUnique({ where: { email }, select: { id: true, mentor: { select: { id: true, status: true } } } });
  if (!user?.mentor) {
    console.error(`No volunteer with the address ${email}.`);
    process.exitCode = 1;
  } else {
    await db.$transaction([
      db.mentorProfile.update({ where: { id: user.mentor.id }, data: { status: "approved", approvedAt: new Date(), nextFreeRefreshAt: new Date() } }),
      db.auditLog.create({ data: { actorLabel: "command line", action: "volunteer.approved", targetType: "mentor", targetId: user.mentor.id } }),
    ]);
    console.log(`Approved ${email} (was ${user.mentor.status}).`);
  }
} finally {
  await db.$disconnect();
}
