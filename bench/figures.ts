// One line per figure on stdout, `FIGURE {json}`; scripts/bench.mjs gathers them into one table.
export interface Figure {
  /** What was measured, against what. */
  figure: string;
  /** The measured value as printed, e.g. "0.92×" or "212 KiB". */
  value: string;
  /** The goal as printed, e.g. "≥ 0.80×". */
  goal: string;
  met: boolean;
}

export function reportFigure(figure: Figure): void {
  console.log(`FIGURE ${JSON.stringify(figure)}`);
}

/** The middle value (the upper one of an even count). */
export const median = (xs: number[]): number =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** The median of paired rounds (alternating order), and the round it came from. */
export function medianRound<T>(
  rounds: T[],
  ratio: (round: T) => number,
): { median: number; round: T; ratios: number[] } {
  const sorted = [...rounds].sort((a, b) => ratio(a) - ratio(b));
  const round = sorted[Math.floor(sorted.length / 2)]!;
  return { median: ratio(round), round, ratios: sorted.map(ratio) };
}
