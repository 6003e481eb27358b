/**
 * A y-axis for whole-number counts: a top at or above `max`, and a round step
 * (1, 2, 5, 10, 20, 50, …) so that there are at most `most` steps.
 */
export function countScale(max: number, most = 4): { top: number; ticks: number[] } {
  if (!(max > 0)) return { top: 1, ticks: [0, 1] };
  let step = 1;
  for (let magnitude = 1; Math.ceil(max / step) > most; magnitude *= 10) {
    step = [1, 2, 5].map((factor) => factor * magnitude).find((candidate) => Math.ceil(max / candidate) <= most) ?? 10 * magnitude;
  }
  const top = Math.ceil(max / step) * step;
  return { top, ticks: Array.from({ length: top / step + 1 }, (_, index) => index * step) };
}

/** Every n-th label, so labels on a crowded axis do not overlap; the first and last always show. */
export function labelEvery(count: number, room: number): number {
  return count <= room ? 1 : Math.ceil(count / room);
}

/** Cuts text to `length` characters with an ellipsis; the full text goes in a <title> and the table. */
export function clip(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 1).trimEnd()}…`;
}
