-- AlterTable
ALTER TABLE "Booking" ADD COLUMN     "outcomeAt" TIMESTAMP(3);

