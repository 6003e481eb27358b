-- DropIndex
DROP INDEX "Booking_stats_idx";

-- CreateIndex
CREATE INDEX "Booking_stats_idx" ON "Booking"("status", "startsAt", "expiresAt", "mentorId", "founderCountry", "createdAt", "followUpAskedAt", "id");

