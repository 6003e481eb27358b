// Reading a volunteer's calendar: a generated feed of 2,000 events, 50 of them
// weekly or daily series with exceptions, parsed and expanded over a 44-day
// window exactly as an import does. CPU time of this process, not wall time.
import { fileURLToPath } from "node:url";
import { readBusyTimes } from "../../lib/calendars/busy";

export interface CalendarImportFigures {
  events: number;
  series: number;
  runs: number;
  busyIntervals: number;
  bytes: number;
  medianCpuMs: number;
  fastestCpuMs: number;
}

const ZONE = "Europe/Berlin";
const VTIMEZONE = [
  "BEGIN:VTIMEZONE",
  "TZID:Europe/Berlin",
  "BEGIN:DAYLIGHT",
  "TZOFFSETFROM:+0100",
  "TZOFFSETTO:+0200",
  "DTSTART:19700329T020000",
  "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
  "END:DAYLIGHT",
  "BEGIN:STANDARD",
  "TZOFFSETFROM:+0200",
  "TZOFFSETTO:+0100",
  "DTSTART:19701025T030000",
  "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
  "END:STANDARD",
  "END:VTIMEZONE",
];

const stamp = (date: Date) =>
  date
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}Z$/, "");

/** Two years of history and the weeks ahead, as a busy person's feed holds them. */
export function generateCalendar(now: Date, events = 2_000, series = 50): string {
  const lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Candle bench//EN", ...VTIMEZONE];
  const day = 86_400_000;
  for (let i = 0; i < series; i++) {
    const start = new Date(now.getTime() - (700 - i * 7) * day + (8 + (i % 9)) * 3_600_000);
    const rule = i % 5 === 0 ? "FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR" : i % 5 === 1 ? "FREQ=WEEKLY;INTERVAL=2" : "FREQ=WEEKLY";
    const exdate = new Date(start.getTime() + 7 * day * 3);
    lines.push("BEGIN:VEVENT", `UID:series-${i}`, "DTSTAMP:20260101T000000Z", `SUMMARY:Series ${i}`);
    lines.push(`DTSTART;TZID=Europe/Berlin:${stamp(start)}`, "DURATION:PT1H", `RRULE:${rule}`, `EXDATE;TZID=Europe/Berlin:${stamp(exdate)}`, "END:VEVENT");
  }
  for (let i = series; i < events; i++) {
    const start = new Date(now.getTime() + (i - events * 0.8) * 0.4 * day);
    lines.push("BEGIN:VEVENT", `UID:single-${i}`, "DTSTAMP:20260101T000000Z", `SUMMARY:Event ${i}`);
    if (i % 50 === 0) lines.push(`DTSTART;VALUE=DATE:${stamp(start).slice(0, 8)}`);
    else lines.push(`DTSTART:${stamp(start)}Z`, `DTEND:${stamp(new Date(start.getTime() + 3_600_000))}Z`);
    if (i % 17 === 0) lines.push("TRANSP:TRANSPARENT");
    lines.push("END:VEVENT");
  }
  lines.push("END:VCALENDAR", "");
  return lines.join("\r\n");
}

export function benchCalendarImport(runs = 5): CalendarImportFigures {
  const now = new Date();
  const text = generateCalendar(now);
  const window = { zone: ZONE, from: now, until: new Date(now.getTime() + 44 * 86_400_000) };
  const times: number[] = [];
  let busyIntervals = 0;
  for (let run = 0; run < runs; run++) {
    const before = process.cpuUsage();
    busyIntervals = readBusyTimes([text], window).length;
    const used = process.cpuUsage(before);
    times.push((used.user + used.system) / 1000);
  }
  const sorted = [...times].sort((a, b) => a - b);
  return {
    events: 2_000,
    series: 50,
    runs,
    busyIntervals,
    bytes: Buffer.byteLength(text),
    medianCpuMs: sorted[Math.floor(sorted.length / 2)]!,
    fastestCpuMs: sorted[0]!,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(JSON.stringify(benchCalendarImport(Number(process.argv[2] ?? 5))));
