import type { z } from 'zod';
import { api } from '../../app/api.ts';
import { useList, useListWrite } from '../../app/queries.ts';
import type { Touchpoint, touchpointPatchBody } from '../../../common/history.ts';
import type { PositionChange } from './order.ts';

export type { Touchpoint } from '../../../common/history.ts';
type TouchpointPatch = z.infer<typeof touchpointPatchBody>;

const TOUCHPOINTS_KEY = ['touchpoints'] as const;
const touchpointPath = (touchpointId: string) => `/api/touchpoints/${encodeURIComponent(touchpointId)}`;

/** Every touchpoint, archived ones too, in the server's order. */
export function useTouchpoints() {
  return useList<Touchpoint>(TOUCHPOINTS_KEY, '/api/touchpoints');
}

export function useCreateTouchpoint() {
  return useListWrite(TOUCHPOINTS_KEY, (name: string) => api.post<Touchpoint>('/api/touchpoints', { name }));
}

/** A rename, archive or unarchive; the list is fetched again after a refusal too, which may mean it was out of date. */
export function useUpdateTouchpoint() {
  return useListWrite(
    TOUCHPOINTS_KEY,
    ({ touchpointId, ...patch }: TouchpointPatch & { touchpointId: string }) => api.patch<Touchpoint>(touchpointPath(touchpointId), patch),
    'settled',
  );
}

/** A move: the positions one after another (see positionChanges), then the list as the server has it. */
export function useMoveTouchpoint() {
  return useListWrite(
    TOUCHPOINTS_KEY,
    async (changes: PositionChange[]) => {
      for (const { touchpointId, position } of changes) await api.patch<Touchpoint>(touchpointPath(touchpointId), { position });
    },
    'settled',
  );
}
