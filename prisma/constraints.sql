-- Constraints Prisma's schema language cannot express. Appended to the first
-- migration of both providers; the SQL is valid on SQLite and PostgreSQL alike.

-- Two active bookings of one mentor at the same start are impossible.
CREATE UNIQUE INDEX "Booking_active_slot_key" ON "Booking" ("mentorId", "startsAt")
WHERE "status" IN ('pending', 'confirmed', 'held', 'no_show');
