-- AlterTable
ALTER TABLE "Booking" ADD COLUMN     "anonymisedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "OutboxEmail" ADD COLUMN     "erasedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "DataAccessLink" (
    "tokenHash" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DataAccessLink_pkey" PRIMARY KEY ("tokenHash")
);

-- CreateIndex
CREATE INDEX "DataAccessLink_expiresAt_idx" ON "DataAccessLink"("expiresAt");

-- CreateIndex
CREATE INDEX "DataAccessLink_email_idx" ON "DataAccessLink"("email");

-- CreateIndex
CREATE INDEX "Booking_anonymisedAt_endsAt_idx" ON "Booking"("anonymisedAt", "endsAt");

-- CreateIndex
CREATE INDEX "OutboxEmail_erasedAt_createdAt_idx" ON "OutboxEmail"("erasedAt", "createdAt");

