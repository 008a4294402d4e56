import type { Touchpoint } from './api.ts';

export interface PositionChange {
  touchpointId: string;
  position: number;
}

/**
 * The position changes that move one touchpoint a step up (-1) or down (+1) among those shown: the list is
 * numbered 0, 1, 2 … in its new order and only the touchpoints whose number changes are sent. Numbering the
 * whole list also mends positions that were equal (every touchpoint starts at 0 unless told otherwise).
 */
export function positionChanges(items: readonly Touchpoint[], index: number, step: -1 | 1): PositionChange[] {
  const target = index + step;
  if (index < 0 || index >= items.length || target < 0 || target >= items.length) return [];
  const order = [...items];
  const [moved] = order.splice(index, 1);
  if (!moved) return [];
  order.splice(target, 0, moved);
  return order.flatMap((item, position) => (item.position === position ? [] : [{ touchpointId: item.touchpointId, position }]));
}
