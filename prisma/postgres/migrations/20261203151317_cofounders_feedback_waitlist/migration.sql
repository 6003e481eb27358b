-- CreateEnum
CREATE TYPE "FeedbackNextStep" AS ENUM ('incorporating', 'another_session', 'still_exploring', 'decided_not');

-- AlterTable
ALTER TABLE "Booking" ADD COLUMN     "followUpAskedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "CoFounder" (
    "bookingId" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "removeTokenHash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CoFounder_pkey" PRIMARY KEY ("bookingId","email")
);

-- CreateTable
CREATE TABLE "SessionFeedback" (
    "bookingId" TEXT NOT NULL,
    "usefulness" INTEGER NOT NULL,
    "nextStep" "FeedbackNextStep" NOT NULL,
    "comment" TEXT,
    "quoteConsent" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SessionFeedback_pkey" PRIMARY KEY ("bookingId")
);

-- CreateTable
CREATE TABLE "WaitlistEntry" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "mentorId" TEXT,
    "topicId" TEXT,
    "language" TEXT,
    "timeZone" TEXT NOT NULL DEFAULT 'UTC',
    "confirmTokenHash" TEXT NOT NULL,
    "unsubscribeTokenHash" TEXT NOT NULL,
    "confirmedAt" TIMESTAMP(3),
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WaitlistEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WaitlistNotice" (
    "entryId" TEXT NOT NULL,
    "mentorId" TEXT NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WaitlistNotice_pkey" PRIMARY KEY ("entryId","mentorId","startsAt")
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

-- AddForeignKey
ALTER TABLE "CoFounder" ADD CONSTRAINT "CoFounder_bookingId_fkey" FOREIGN KEY ("bookingId") REFERENCES "Booking"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionFeedback" ADD CONSTRAINT "SessionFeedback_bookingId_fkey" FOREIGN KEY ("bookingId") REFERENCES "Booking"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WaitlistEntry" ADD CONSTRAINT "WaitlistEntry_mentorId_fkey" FOREIGN KEY ("mentorId") REFERENCES "MentorProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WaitlistEntry" ADD CONSTRAINT "WaitlistEntry_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "Topic"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WaitlistNotice" ADD CONSTRAINT "WaitlistNotice_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "WaitlistEntry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

