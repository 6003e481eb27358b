-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_MentorProfile" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "displayName" TEXT NOT NULL,
    "pronouns" TEXT,
    "headline" TEXT NOT NULL,
    "bio" TEXT NOT NULL,
    "application" TEXT NOT NULL DEFAULT '',
    "timeZone" TEXT NOT NULL,
    "country" TEXT NOT NULL,
    "coopName" TEXT,
    "coopUrl" TEXT,
    "meetingUrl" TEXT,
    "searchText" TEXT NOT NULL DEFAULT '',
    "sessionMinutes" INTEGER NOT NULL DEFAULT 60,
    "bufferMinutes" INTEGER NOT NULL DEFAULT 15,
    "minNoticeHours" INTEGER NOT NULL DEFAULT 24,
    "horizonDays" INTEGER NOT NULL DEFAULT 42,
    "maxPerWeek" INTEGER NOT NULL DEFAULT 3,
    "acceptingBookings" BOOLEAN NOT NULL DEFAULT true,
    "bookingSeq" INTEGER NOT NULL DEFAULT 0,
    "nextFreeAt" DATETIME,
    "nextFreeRefreshAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "feedTokenHash" TEXT,
    "approvedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "MentorProfile_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_MentorProfile" ("acceptingBookings", "application", "approvedAt", "bio", "bookingSeq", "bufferMinutes", "coopName", "coopUrl", "country", "createdAt", "displayName", "feedTokenHash", "headline", "horizonDays", "id", "maxPerWeek", "meetingUrl", "minNoticeHours", "pronouns", "searchText", "sessionMinutes", "slug", "status", "timeZone", "updatedAt", "userId") SELECT "acceptingBookings", "application", "approvedAt", "bio", "bookingSeq", "bufferMinutes", "coopName", "coopUrl", "country", "createdAt", "displayName", "feedTokenHash", "headline", "horizonDays", "id", "maxPerWeek", "meetingUrl", "minNoticeHours", "pronouns", "searchText", "sessionMinutes", "slug", "status", "timeZone", "updatedAt", "userId" FROM "MentorProfile";
DROP TABLE "MentorProfile";
ALTER TABLE "new_MentorProfile" RENAME TO "MentorProfile";
CREATE UNIQUE INDEX "MentorProfile_userId_key" ON "MentorProfile"("userId");
CREATE UNIQUE INDEX "MentorProfile_slug_key" ON "MentorProfile"("slug");
CREATE UNIQUE INDEX "MentorProfile_feedTokenHash_key" ON "MentorProfile"("feedTokenHash");
CREATE INDEX "MentorProfile_status_nextFreeAt_idx" ON "MentorProfile"("status", "nextFreeAt");
CREATE INDEX "MentorProfile_nextFreeRefreshAt_idx" ON "MentorProfile"("nextFreeRefreshAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

