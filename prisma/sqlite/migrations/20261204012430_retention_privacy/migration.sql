-- AlterTable
ALTER TABLE "Booking" ADD COLUMN "anonymisedAt" DATETIME;

-- AlterTable
ALTER TABLE "OutboxEmail" ADD COLUMN "erasedAt" DATETIME;

-- CreateTable
CREATE TABLE "DataAccessLink" (
    "tokenHash" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE INDEX "DataAccessLink_expiresAt_idx" ON "DataAccessLink"("expiresAt");

-- CreateIndex
CREATE INDEX "DataAccessLink_email_idx" ON "DataAccessLink"("email");

-- CreateIndex
CREATE INDEX "Booking_anonymisedAt_endsAt_idx" ON "Booking"("anonymisedAt", "endsAt");

-- CreateIndex
CREATE INDEX "OutboxEmail_erasedAt_createdAt_idx" ON "OutboxEmail"("erasedAt", "createdAt");

