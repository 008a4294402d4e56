import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '../../app/api.ts';
import { useList } from '../../app/queries.ts';
import type { Field, fieldCreateBody, fieldPatchBody, optionPatchBody } from '../../../common/fields.ts';
import { replaceField } from './options.ts';

export type { Field } from '../../../common/fields.ts';
export type EntityType = Field['entityType'];
export type FieldType = Field['type'];
export type FieldOption = Field['options'][number];
type FieldCreate = z.input<typeof fieldCreateBody>;
type FieldPatch = z.infer<typeof fieldPatchBody>;
type OptionPatch = z.infer<typeof optionPatchBody>;

const fieldsKey = (entityType: EntityType) => ['fields', entityType] as const;
const fieldPath = (fieldId: string) => `/api/fields/${encodeURIComponent(fieldId)}`;

/** The custom fields of people or of companies, in their order, each with its options in theirs. */
export function useFields(entityType: EntityType) {
  return useList<Field>(fieldsKey(entityType), `/api/fields?entityType=${entityType}`);
}

/**
 * A write whose answer is the field as it now is: it takes the field's place in the list at once, so that
 * a list of hundreds of options does not wait for the whole list to be fetched again.
 */
function useFieldWrite<Arg>(entityType: EntityType, write: (arg: Arg) => Promise<Field>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: (field) => client.setQueryData<Field[]>(fieldsKey(entityType), (list) => replaceField(list, field)),
  });
}

export function useCreateField(entityType: EntityType) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: Omit<FieldCreate, 'entityType'>) => api.post<Field>('/api/fields', { ...body, entityType }),
    onSuccess: () => client.invalidateQueries({ queryKey: fieldsKey(entityType) }),
  });
}

export function useUpdateField(entityType: EntityType, fieldId: string) {
  return useFieldWrite(entityType, (patch: FieldPatch) => api.patch<Field>(fieldPath(fieldId), patch));
}

/** Archiving hides the field everywhere; the values records hold are kept. */
export function useArchiveField(entityType: EntityType) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (fieldId: string) => api.delete(fieldPath(fieldId)),
    onSuccess: () => client.invalidateQueries({ queryKey: fieldsKey(entityType) }),
  });
}

export function useAddOptions(entityType: EntityType, fieldId: string) {
  return useFieldWrite(entityType, (labels: string[]) =>
    api.post<Field>(`${fieldPath(fieldId)}/options`, { options: labels.map((label) => ({ label })) }),
  );
}

export function useUpdateOption(entityType: EntityType, fieldId: string) {
  return useFieldWrite(entityType, ({ optionId, ...patch }: OptionPatch & { optionId: string }) =>
    api.patch<Field>(`${fieldPath(fieldId)}/options/${encodeURIComponent(optionId)}`, patch),
  );
}

export function useReorderOptions(entityType: EntityType, fieldId: string) {
  return useFieldWrite(entityType, (optionIds: string[]) => api.post<Field>(`${fieldPath(fieldId)}/options/reorder`, { optionIds }));
}

/** Merges options into one; records that held any of them now hold that one. Answers how many records changed. */
export function useMergeOptions(entityType: EntityType, fieldId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { fromOptionIds: string[]; intoOptionId: string }) =>
      api.post<{ field: Field; recordsChanged: number }>(`${fieldPath(fieldId)}/options/merge`, body),
    onSuccess: ({ field }) => client.setQueryData<Field[]>(fieldsKey(entityType), (list) => replaceField(list, field)),
  });
}
