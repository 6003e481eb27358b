-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Booking" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "mentorId" TEXT NOT NULL,
    "startsAt" DATETIME NOT NULL,
    "endsAt" DATETIME NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "expiresAt" DATETIME,
    "founderName" TEXT NOT NULL,
    "founderEmail" TEXT NOT NULL,
    "founderCountry" TEXT NOT NULL,
    "founderTimeZone" TEXT NOT NULL DEFAULT 'UTC',
    "coopStage" TEXT NOT NULL,
    "message" TEXT NOT NULL,
    "consentAt" DATETIME NOT NULL,
    "confirmTokenHash" TEXT,
    "manageTokenHash" TEXT NOT NULL,
    "icsUid" TEXT NOT NULL,
    "icsSequence" INTEGER NOT NULL DEFAULT 0,
    "moveCount" INTEGER NOT NULL DEFAULT 0,
    "cancelReason" TEXT,
    "confirmedAt" DATETIME,
    "cancelledAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Booking_mentorId_fkey" FOREIGN KEY ("mentorId") REFERENCES "MentorProfile" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Booking" ("cancelReason", "cancelledAt", "confirmTokenHash", "confirmedAt", "consentAt", "coopStage", "createdAt", "endsAt", "expiresAt", "founderCountry", "founderEmail", "founderName", "founderTimeZone", "icsSequence", "icsUid", "id", "manageTokenHash", "mentorId", "message", "startsAt", "status", "updatedAt") SELECT "cancelReason", "cancelledAt", "confirmTokenHash", "confirmedAt", "consentAt", "coopStage", "createdAt", "endsAt", "expiresAt", "founderCountry", "founderEmail", "founderName", "founderTimeZone", "icsSequence", "icsUid", "id", "manageTokenHash", "mentorId", "message", "startsAt", "status", "updatedAt" FROM "Booking";
DROP TABLE "Booking";
ALTER TABLE "new_Booking" RENAME TO "Booking";
CREATE UNIQUE INDEX "Booking_confirmTokenHash_key" ON "Booking"("confirmTokenHash");
CREATE UNIQUE INDEX "Booking_manageTokenHash_key" ON "Booking"("manageTokenHash");
CREATE UNIQUE INDEX "Booking_icsUid_key" ON "Booking"("icsUid");
CREATE INDEX "Booking_mentorId_startsAt_idx" ON "Booking"("mentorId", "startsAt");
CREATE INDEX "Booking_founderEmail_status_idx" ON "Booking"("founderEmail", "status");
CREATE INDEX "Booking_status_startsAt_idx" ON "Booking"("status", "startsAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;


-- From prisma/constraints.sql
CREATE UNIQUE INDEX "Booking_active_slot_key" ON "Booking" ("mentorId", "startsAt")
WHERE "status" IN ('pending', 'confirmed', 'held', 'no_show');
