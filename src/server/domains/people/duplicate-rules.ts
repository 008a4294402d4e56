// How sure the duplicate scan is that two people are one, from what they share; and the cursor of the
// pairs list. Pure: the scan binds these numbers into its SQL.
import { duplicateReasonSchema, type DuplicateReason } from '../../../common/duplicates.ts';
import { isUuid } from '../../lib/ids.ts';

export const DUPLICATE_REASONS: readonly DuplicateReason[] = duplicateReasonSchema.options;

/**
 * How likely one shared key alone means one person. An email is nearly personal; a phone is often a
 * household's or a shop's; a name with a postal code is often a family.
 */
export const REASON_WEIGHTS: Record<DuplicateReason, number> = {
  email: 0.95, name_birthday: 0.9, phone: 0.8, kana_birthday: 0.8, name_postal_code: 0.7,
};

/**
 * A key shared by more people than this is not a person's (a shop's phone on 200 records, a family
 * address): its group is skipped and counted, instead of yielding n² pairs.
 */
export const MAX_GROUP = 20;

/** Independent evidence combined: 1 − Π(1 − w), to four decimals so that equal reasons give equal scores. */
export function combinedScore(weights: number[]): number {
  const miss = weights.reduce((p, w) => p * (1 - w), 1);
  return Math.round((1 - miss) * 10_000) / 10_000;
}

/** The scan marks each reason with one bit; a pair's reasons are the OR of its bits. */
export function reasonBit(reason: DuplicateReason): number {
  return 1 << DUPLICATE_REASONS.indexOf(reason);
}

export function reasonsOfMask(mask: number): DuplicateReason[] {
  return DUPLICATE_REASONS.filter((r) => (mask & reasonBit(r)) !== 0);
}

/** The score of every combination of reasons, indexed by mask, for the scan's SQL to look up. */
export function scoresByMask(): number[] {
  return Array.from({ length: 1 << DUPLICATE_REASONS.length }, (_, mask) => combinedScore(reasonsOfMask(mask).map((r) => REASON_WEIGHTS[r])));
}

export interface PairCursor { score: number; personAId: string; personBId: string }

/** The last pair of a page, where the next page starts (score descending, then the two ids). */
export function encodePairCursor(c: PairCursor): string {
  return `${c.score}_${c.personAId}_${c.personBId}`;
}

/** A cursor this list wrote, or null for anything else. */
export function decodePairCursor(cursor: string): PairCursor | null {
  const [score, personAId, personBId, ...rest] = cursor.split('_');
  const n = Number(score);
  if (rest.length || !score || !Number.isFinite(n) || n <= 0 || n > 1 || !personAId || !isUuid(personAId) || !personBId || !isUuid(personBId)) return null;
  return { score: n, personAId, personBId };
}

/** A pair in its stored order: the smaller id first. */
export function orderedPair(x: string, y: string): [string, string] {
  const [a, b] = [x.toLowerCase(), y.toLowerCase()];
  return a < b ? [a, b] : [b, a];
}
