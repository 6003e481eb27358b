-- DropIndex
DROP INDEX "Booking_status_startsAt_idx";

-- CreateIndex
CREATE INDEX "Booking_stats_idx" ON "Booking"("status", "startsAt", "expiresAt", "mentorId", "founderCountry", "createdAt", "id");

