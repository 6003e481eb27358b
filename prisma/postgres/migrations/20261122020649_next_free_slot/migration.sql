-- DropIndex
DROP INDEX "MentorProfile_status_idx";

-- AlterTable
ALTER TABLE "MentorProfile" ADD COLUMN     "nextFreeAt" TIMESTAMP(3),
ADD COLUMN     "nextFreeRefreshAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- CreateIndex
CREATE INDEX "MentorProfile_status_nextFreeAt_idx" ON "MentorProfile"("status", "nextFreeAt");

-- CreateIndex
CREATE INDEX "MentorProfile_nextFreeRefreshAt_idx" ON "MentorProfile"("nextFreeRefreshAt");

