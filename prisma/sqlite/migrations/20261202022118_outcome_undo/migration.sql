-- AlterTable
ALTER TABLE "Booking" ADD COLUMN "outcomeAt" DATETIME;

