-- AlterEnum
ALTER TYPE "BookingStatus" ADD VALUE 'requested';

-- AlterTable
ALTER TABLE "Booking" ADD COLUMN     "moveCount" INTEGER NOT NULL DEFAULT 0;

