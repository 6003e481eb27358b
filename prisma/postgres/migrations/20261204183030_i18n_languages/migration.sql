-- AlterTable
ALTER TABLE "User" ADD COLUMN     "locale" TEXT NOT NULL DEFAULT 'en';

-- AlterTable
ALTER TABLE "Booking" ADD COLUMN     "locale" TEXT NOT NULL DEFAULT 'en';

-- AlterTable
ALTER TABLE "WaitlistEntry" ADD COLUMN     "locale" TEXT NOT NULL DEFAULT 'en';

-- CreateTable
CREATE TABLE "MentorProfileText" (
    "mentorId" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "headline" TEXT NOT NULL,
    "bio" TEXT NOT NULL,

    CONSTRAINT "MentorProfileText_pkey" PRIMARY KEY ("mentorId","locale")
);

-- AddForeignKey
ALTER TABLE "MentorProfileText" ADD CONSTRAINT "MentorProfileText_mentorId_fkey" FOREIGN KEY ("mentorId") REFERENCES "MentorProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

