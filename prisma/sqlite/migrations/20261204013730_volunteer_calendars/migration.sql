-- CreateTable
CREATE TABLE "CalendarSource" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "mentorId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "sealed" TEXT NOT NULL,
    "masked" TEXT NOT NULL,
    "etag" TEXT,
    "lastModified" TEXT,
    "coveredUntil" DATETIME,
    "lastGoodAt" DATETIME,
    "lastError" TEXT,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "failureNotifiedAt" DATETIME,
    "nextReadAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "leaseUntil" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "CalendarSource_mentorId_fkey" FOREIGN KEY ("mentorId") REFERENCES "MentorProfile" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "BusyTime" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "sourceId" TEXT NOT NULL,
    "mentorId" TEXT NOT NULL,
    "startsAt" DATETIME NOT NULL,
    "endsAt" DATETIME NOT NULL,
    "title" TEXT NOT NULL DEFAULT '',
    CONSTRAINT "BusyTime_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "CalendarSource" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "BusyTime_mentorId_fkey" FOREIGN KEY ("mentorId") REFERENCES "MentorProfile" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "CalendarSource_mentorId_idx" ON "CalendarSource"("mentorId");

-- CreateIndex
CREATE INDEX "CalendarSource_nextReadAt_idx" ON "CalendarSource"("nextReadAt");

-- CreateIndex
CREATE INDEX "BusyTime_mentorId_endsAt_idx" ON "BusyTime"("mentorId", "endsAt");

-- CreateIndex
CREATE INDEX "BusyTime_sourceId_idx" ON "BusyTime"("sourceId");

