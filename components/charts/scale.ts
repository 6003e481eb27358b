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

/**
 * A generous guess at how wide `text` is, in em: the server cannot measure
 * text, so it over-estimates (wide glyphs for CJK and other full-width scripts,
 * capitals wider than small letters) and the axis thins its labels on that guess.
 */
export function estimateWidthEm(text: string): number {
  let width = 0;
  for (const character of text) {
    const code = character.codePointAt(0)!;
    if (
      code >= 0x1100 &&
      (code <= 0x115f ||
        (code >= 0x2e80 && code <= 0xa4cf) ||
        (code >= 0xac00 && code <= 0xd7a3) ||
        (code >= 0xf900 && code <= 0xfaff) ||
        (code >= 0xfe30 && code <= 0xfe4f) ||
        (code >= 0xff00 && code <= 0xff60) ||
        code >= 0x20000)
    ) {
      width += 1.05;
    } else if (character === " ") width += 0.35;
    else if (/\p{Lu}/u.test(character)) width += 0.78;
    else width += 0.66;
  }
  return width;
}

/**
 * For an axis of `count` labels, each needing `labelRem` of room: the widths (in
 * rem, widest first) below which only every n-th label fits, for n = 2, 3, …
 * An axis as wide as its labels need shows them all; narrower, every second one;
 * and so on. Stops once the width is below `narrowest`.
 */
export function thinningSteps(count: number, labelRem: number, narrowest = 6): { every: number; below: number }[] {
  const steps: { every: number; below: number }[] = [];
  for (let every = 2; every <= count; every += 1) {
    const below = (count * labelRem) / (every - 1);
    steps.push({ every, below });
    if (below < narrowest) break;
  }
  return steps;
}
