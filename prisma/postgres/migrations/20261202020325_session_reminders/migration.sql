-- AlterTable
ALTER TABLE "Booking" ADD COLUMN     "movedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "OutboxEmail" ADD COLUMN     "bookingId" TEXT,
ADD COLUMN     "discardAfter" TIMESTAMP(3),
ADD COLUMN     "purpose" TEXT;

-- CreateTable
CREATE TABLE "SessionReminder" (
    "bookingId" TEXT NOT NULL,
    "leadMinutes" INTEGER NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SessionReminder_pkey" PRIMARY KEY ("bookingId","leadMinutes","startsAt")
);

-- CreateIndex
CREATE INDEX "OutboxEmail_bookingId_idx" ON "OutboxEmail"("bookingId");

-- AddForeignKey
ALTER TABLE "SessionReminder" ADD CONSTRAINT "SessionReminder_bookingId_fkey" FOREIGN KEY ("bookingId") REFERENCES "Booking"("id") ON DELETE CASCADE ON UPDATE CASCADE;

