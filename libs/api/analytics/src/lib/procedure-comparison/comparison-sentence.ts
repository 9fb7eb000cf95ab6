import type { ComparisonMetric } from '@ladder/contracts';

/** What a sentence needs of a metric. */
export type SentenceFigures = Pick<
  ComparisonMetric,
  'metric' | 'label' | 'unit' | 'difference' | 'naiveDifference' | 'ciLow' | 'ciHigh' | 'tooFew' | 'direction'
> & { nA: number; nB: number };

/** How the sides are named in a sentence: "under v3" / "under v2", or "in period B" / "in period A". */
export interface SideNames {
  a: string;
  b: string;
}

const MINUS = '−';
const SAME = 'about the same';

/** Hours as "45 min" under an hour, else "1.3 h"; shares as percentage points, "4.2 points". */
function magnitude(value: number, unit: ComparisonMetric['unit']): string {
  const size = Math.abs(value);
  if (unit === 'share') return `${round(size * 100, 1)} points`;
  return size < 1 ? `${round(size * 60, 0)} min` : `${round(size, 1)} h`;
}

const round = (value: number, decimals: number) =>
  (Math.round(value * 10 ** decimals) / 10 ** decimals).toLocaleString('en', { maximumFractionDigits: decimals });

const signed = (value: number, unit: ComparisonMetric['unit']) => `${value < 0 ? MINUS : '+'}${magnitude(value, unit)}`;

/** "shorter" / "longer" for times, "lower" / "higher" for shares. */
function way(value: number, unit: ComparisonMetric['unit']): string {
  if (unit === 'hours') return value < 0 ? 'shorter' : 'longer';
  return value < 0 ? 'lower' : 'higher';
}

/** "1.3 h shorter", "4.2 points higher", "about the same" when it rounds to nothing. */
function change(value: number, unit: ComparisonMetric['unit']): string {
  const text = magnitude(value, unit);
  return /^0 /.test(text) ? SAME : `${text} ${way(value, unit)}`;
}

/** Bounds on one side of zero as magnitudes, the unit said once when both share it: "10 to 40 min shorter". */
function span(near: number, far: number, unit: ComparisonMetric['unit']): string {
  const [nearText, farText] = [magnitude(near, unit), magnitude(far, unit)];
  if (nearText === farText) return `${farText} ${way(far, unit)}`;
  const [nearValue, nearUnit] = nearText.split(' ');
  return `${nearUnit === farText.split(' ')[1] ? nearValue : nearText} to ${farText} ${way(far, unit)}`;
}

const counted = (f: SentenceFigures) => (f.metric === 'csat' ? 'survey responses' : 'escalations');

/**
 * The finding in one sentence, e.g. "Time at L1 Service Desk was 25 min shorter under v3 than under v2 at the same
 * mix of severities and categories (95 % CI 10 to 40 min shorter; n = 412 vs 398 escalations): better."
 */
export function comparisonSentence(f: SentenceFigures, sides: SideNames, minimumPerSide: number): string {
  const n = `n = ${f.nA.toLocaleString('en')} vs ${f.nB.toLocaleString('en')} ${counted(f)}`;
  if (f.tooFew || f.difference === null || f.ciLow === null || f.ciHigh === null) {
    return (
      `${f.label}: not enough ${counted(f)} yet to tell (${n} with a severity and category both sides have; ` +
      `at least ${minimumPerSide} each needed).`
    );
  }
  const compared = change(f.difference, f.unit);
  const finding =
    compared === SAME
      ? `${f.label} was about the same ${sides.b} as ${sides.a} at the same mix of severities and categories`
      : `${f.label} was ${compared} ${sides.b} than ${sides.a} at the same mix of severities and categories`;
  // Worth saying only when the case mix moves the reading past the uncertainty.
  const naive =
    f.naiveDifference !== null && (f.naiveDifference < f.ciLow || f.naiveDifference > f.ciHigh)
      ? ` Not adjusted for case mix it would read ${change(f.naiveDifference, f.unit)}.`
      : '';
  if (f.direction === 'unclear') {
    const interval = `95 % CI ${signed(f.ciLow, f.unit)} to ${signed(f.ciHigh, f.unit)}`;
    return `${finding} (${interval}; ${n}): too uncertain to call a change.${naive}`;
  }
  const [near, far] = [f.ciLow, f.ciHigh].sort((x, y) => Math.abs(x) - Math.abs(y)) as [number, number];
  return `${finding} (95 % CI ${span(near, far, f.unit)}; ${n}): ${f.direction}.${naive}`;
}
