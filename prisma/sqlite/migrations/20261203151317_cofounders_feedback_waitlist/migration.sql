-- AlterTable
ALTER TABLE "Booking" ADD COLUMN "followUpAskedAt" DATETIME;

-- CreateTable
CREATE TABLE "CoFounder" (
    "bookingId" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "removeTokenHash" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("bookingId", "email"),
    CONSTRAINT "CoFounder_bookingId_fkey" FOREIGN KEY ("bookingId") REFERENCES "Booking" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SessionFeedback" (
    "bookingId" TEXT NOT NULL PRIMARY KEY,
    "usefulness" INTEGER NOT NULL,
    "nextStep" TEXT NOT NULL,
    "comment" TEXT,
    "quoteConsent" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "SessionFeedback_bookingId_fkey" FOREIGN KEY ("bookingId") REFERENCES "Booking" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "WaitlistEntry" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "mentorId" TEXT,
    "topicId" TEXT,
    "language" TEXT,
    "timeZone" TEXT NOT NULL DEFAULT 'UTC',
    "confirmTokenHash" TEXT NOT NULL,
    "unsubscribeTokenHash" TEXT NOT NULL,
    "confirmedAt" DATETIME,
    "expiresAt" DATETIME NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "WaitlistEntry_mentorId_fkey" FOREIGN KEY ("mentorId") REFERENCES "MentorProfile" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "WaitlistEntry_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "Topic" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "WaitlistNotice" (
    "entryId" TEXT NOT NULL,
    "mentorId" TEXT NOT NULL,
    "startsAt" DATETIME NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("entryId", "mentorId", "startsAt"),
    CONSTRAINT "WaitlistNotice_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "WaitlistEntry" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "CoFounder_removeTokenHash_key" ON "CoFounder"("removeTokenHash");

-- CreateIndex
CREATE UNIQUE INDEX "WaitlistEntry_confirmTokenHash_key" ON "WaitlistEntry"("confirmTokenHash");

-- CreateIndex
CREATE UNIQUE INDEX "WaitlistEntry_unsubscribeTokenHash_key" ON "WaitlistEntry"("unsubscribeTokenHash");

-- CreateIndex
CREATE INDEX "WaitlistEntry_mentorId_confirmedAt_idx" ON "WaitlistEntry"("mentorId", "confirmedAt");

-- CreateIndex
CREATE INDEX "WaitlistEntry_expiresAt_idx" ON "WaitlistEntry"("expiresAt");

-- CreateIndex
CREATE INDEX "WaitlistEntry_email_idx" ON "WaitlistEntry"("email");

