// Wall-clock helpers shared by availability forms and slot expansion. Minutes
// after local midnight; 1440 ("24:00") is allowed so a range can end at midnight.

const MINUTES_PER_DAY = 1440;

export function parseClock(text: string): number {
  const match = /^(\d{1,2}):(\d{2})$/.exec(text);
  const minute = match ? Number(match[1]) * 60 + Number(match[2]) : NaN;
  if (!match || Number(match[2]) > 59 || !(minute <= MINUTES_PER_DAY)) {
    throw new RangeError(`Not a time of day (HH:MM): ${JSON.stringify(text)}`);
  }
  return minute;
}

export function formatClock(minute: number): string {
  if (!Number.isInteger(minute) || minute < 0 || minute > MINUTES_PER_DAY) {
    throw new RangeError(`Not a minute of the day (0-1440): ${minute}`);
  }
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${pad(Math.floor(minute / 60))}:${pad(minute % 60)}`;
}

export function isMinuteRange(startMinute: number, endMinute: number): boolean {
  return Number.isInteger(startMinute) && Number.isInteger(endMinute) && startMinute >= 0 && startMinute < endMinute && endMinute <= MINUTES_PER_DAY;
}
