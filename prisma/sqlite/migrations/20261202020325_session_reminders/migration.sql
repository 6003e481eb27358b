-- AlterTable
ALTER TABLE "Booking" ADD COLUMN "movedAt" DATETIME;

-- AlterTable
ALTER TABLE "OutboxEmail" ADD COLUMN "bookingId" TEXT;
ALTER TABLE "OutboxEmail" ADD COLUMN "discardAfter" DATETIME;
ALTER TABLE "OutboxEmail" ADD COLUMN "purpose" TEXT;

-- CreateTable
CREATE TABLE "SessionReminder" (
    "bookingId" TEXT NOT NULL,
    "leadMinutes" INTEGER NOT NULL,
    "startsAt" DATETIME NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("bookingId", "leadMinutes", "startsAt"),
    CONSTRAINT "SessionReminder_bookingId_fkey" FOREIGN KEY ("bookingId") REFERENCES "Booking" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "OutboxEmail_bookingId_idx" ON "OutboxEmail"("bookingId");

