-- CreateTable
CREATE TABLE "MentorProfileText" (
    "mentorId" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "headline" TEXT NOT NULL,
    "bio" TEXT NOT NULL,

    PRIMARY KEY ("mentorId", "locale"),
    CONSTRAINT "MentorProfileText_mentorId_fkey" FOREIGN KEY ("mentorId") REFERENCES "MentorProfile" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_User" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT,
    "email" TEXT NOT NULL,
    "emailVerified" DATETIME,
    "image" TEXT,
    "role" TEXT NOT NULL DEFAULT 'volunteer',
    "locale" TEXT NOT NULL DEFAULT 'en',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_User" ("createdAt", "email", "emailVerified", "id", "image", "name", "role", "updatedAt") SELECT "createdAt", "email", "emailVerified", "id", "image", "name", "role", "updatedAt" FROM "User";
DROP TABLE "User";
ALTER TABLE "new_User" RENAME TO "User";
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");
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
    "locale" TEXT NOT NULL DEFAULT 'en',
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
    "movedAt" DATETIME,
    "outcomeAt" DATETIME,
    "followUpAskedAt" DATETIME,
    "cancelledAt" DATETIME,
    "anonymisedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Booking_mentorId_fkey" FOREIGN KEY ("mentorId") REFERENCES "MentorProfile" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Booking" ("anonymisedAt", "cancelReason", "cancelledAt", "confirmTokenHash", "confirmedAt", "consentAt", "coopStage", "createdAt", "endsAt", "expiresAt", "followUpAskedAt", "founderCountry", "founderEmail", "founderName", "founderTimeZone", "icsSequence", "icsUid", "id", "manageTokenHash", "mentorId", "message", "moveCount", "movedAt", "outcomeAt", "startsAt", "status", "updatedAt") SELECT "anonymisedAt", "cancelReason", "cancelledAt", "confirmTokenHash", "confirmedAt", "consentAt", "coopStage", "createdAt", "endsAt", "expiresAt", "followUpAskedAt", "founderCountry", "founderEmail", "founderName", "founderTimeZone", "icsSequence", "icsUid", "id", "manageTokenHash", "mentorId", "message", "moveCount", "movedAt", "outcomeAt", "startsAt", "status", "updatedAt" FROM "Booking";
DROP TABLE "Booking";
ALTER TABLE "new_Booking" RENAME TO "Booking";
CREATE UNIQUE INDEX "Booking_confirmTokenHash_key" ON "Booking"("confirmTokenHash");
CREATE UNIQUE INDEX "Booking_manageTokenHash_key" ON "Booking"("manageTokenHash");
CREATE UNIQUE INDEX "Booking_icsUid_key" ON "Booking"("icsUid");
CREATE INDEX "Booking_mentorId_startsAt_idx" ON "Booking"("mentorId", "startsAt");
CREATE INDEX "Booking_founderEmail_status_idx" ON "Booking"("founderEmail", "status");
CREATE INDEX "Booking_anonymisedAt_endsAt_idx" ON "Booking"("anonymisedAt", "endsAt");
CREATE INDEX "Booking_stats_idx" ON "Booking"("status", "startsAt", "expiresAt", "mentorId", "founderCountry", "createdAt", "followUpAskedAt", "id");
CREATE TABLE "new_WaitlistEntry" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "mentorId" TEXT,
    "topicId" TEXT,
    "language" TEXT,
    "timeZone" TEXT NOT NULL DEFAULT 'UTC',
    "locale" TEXT NOT NULL DEFAULT 'en',
    "confirmTokenHash" TEXT NOT NULL,
    "unsubscribeTokenHash" TEXT NOT NULL,
    "confirmedAt" DATETIME,
    "expiresAt" DATETIME NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "WaitlistEntry_mentorId_fkey" FOREIGN KEY ("mentorId") REFERENCES "MentorProfile" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "WaitlistEntry_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "Topic" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_WaitlistEntry" ("confirmTokenHash", "confirmedAt", "createdAt", "email", "expiresAt", "id", "language", "mentorId", "timeZone", "topicId", "unsubscribeTokenHash") SELECT "confirmTokenHash", "confirmedAt", "createdAt", "email", "expiresAt", "id", "language", "mentorId", "timeZone", "topicId", "unsubscribeTokenHash" FROM "WaitlistEntry";
DROP TABLE "WaitlistEntry";
ALTER TABLE "new_WaitlistEntry" RENAME TO "WaitlistEntry";
CREATE UNIQUE INDEX "WaitlistEntry_confirmTokenHash_key" ON "WaitlistEntry"("confirmTokenHash");
CREATE UNIQUE INDEX "WaitlistEntry_unsubscribeTokenHash_key" ON "WaitlistEntry"("unsubscribeTokenHash");
CREATE INDEX "WaitlistEntry_mentorId_confirmedAt_idx" ON "WaitlistEntry"("mentorId", "confirmedAt");
CREATE INDEX "WaitlistEntry_expiresAt_idx" ON "WaitlistEntry"("expiresAt");
CREATE INDEX "WaitlistEntry_email_idx" ON "WaitlistEntry"("email");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;


-- From prisma/constraints.sql
CREATE UNIQUE INDEX "Booking_active_slot_key" ON "Booking" ("mentorId", "startsAt")
WHERE "status" IN ('pending', 'confirmed', 'held', 'no_show');
