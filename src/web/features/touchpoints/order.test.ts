import { describe, expect, it } from 'vitest';
import type { Touchpoint } from './api.ts';
import { positionChanges } from './order.ts';

const tp = (touchpointId: string, position: number): Touchpoint => ({ touchpointId, name: touchpointId, position, archived: false });

describe('moving a touchpoint', () => {
  it('swaps two neighbours of a numbered list, sending only those two', () => {
    const items = [tp('shop', 0), tp('event', 1), tp('web', 2)];
    expect(positionChanges(items, 2, -1)).toEqual([{ touchpointId: 'web', position: 1 }, { touchpointId: 'event', position: 2 }]);
    expect(positionChanges(items, 0, 1)).toEqual([{ touchpointId: 'event', position: 0 }, { touchpointId: 'shop', position: 1 }]);
  });

  it('numbers a list whose positions are all equal', () => {
    const items = [tp('shop', 0), tp('event', 0), tp('web', 0)];
    expect(positionChanges(items, 1, -1)).toEqual([{ touchpointId: 'shop', position: 1 }, { touchpointId: 'web', position: 2 }]);
  });

  it('changes nothing past either end', () => {
    const items = [tp('shop', 0), tp('event', 1)];
    expect(positionChanges(items, 0, -1)).toEqual([]);
    expect(positionChanges(items, 1, 1)).toEqual([]);
  });
});
