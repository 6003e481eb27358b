-- CreateTable
CREATE TABLE "CalendarSource" (
    "id" TEXT NOT NULL,
    "mentorId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "sealed" TEXT NOT NULL,
    "masked" TEXT NOT NULL,
    "etag" TEXT,
    "lastModified" TEXT,
    "coveredUntil" TIMESTAMP(3),
    "lastGoodAt" TIMESTAMP(3),
    "lastError" TEXT,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "failureNotifiedAt" TIMESTAMP(3),
    "nextReadAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "leaseUntil" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CalendarSource_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BusyTime" (
    "id" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "mentorId" TEXT NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "title" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "BusyTime_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CalendarSource_mentorId_idx" ON "CalendarSource"("mentorId");

-- CreateIndex
CREATE INDEX "CalendarSource_nextReadAt_idx" ON "CalendarSource"("nextReadAt");

-- CreateIndex
CREATE INDEX "BusyTime_mentorId_endsAt_idx" ON "BusyTime"("mentorId", "endsAt");

-- CreateIndex
CREATE INDEX "BusyTime_sourceId_idx" ON "BusyTime"("sourceId");

-- AddForeignKey
ALTER TABLE "CalendarSource" ADD CONSTRAINT "CalendarSource_mentorId_fkey" FOREIGN KEY ("mentorId") REFERENCES "MentorProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BusyTime" ADD CONSTRAINT "BusyTime_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "CalendarSource"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BusyTime" ADD CONSTRAINT "BusyTime_mentorId_fkey" FOREIGN KEY ("mentorId") REFERENCES "MentorProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

