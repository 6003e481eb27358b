-- AlterTable
ALTER TABLE "Booking" ADD COLUMN     "founderTimeZone" TEXT NOT NULL DEFAULT 'UTC';

