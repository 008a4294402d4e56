// Editing a record checked against the version it started from (people, companies, products). When someone else
// saved in between, the server refuses; the user can then load the newer version, and what they typed
// stays in the fields they changed (the other fields take the newer values) for them to check and save again.
import { Alert, Button, Stack, Text } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { UseMutationResult } from '@tanstack/react-query';
import { IconAlertTriangle, IconInfoCircle } from '@tabler/icons-react';
import { useMemo, useState, type ReactNode, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { submitTo } from './forms.ts';
import { ApiError } from './problem.ts';

/** How one kind of record's form values are made, compared, merged with a newer version and sent. */
export interface VersionedRecordForm<R extends { version: number }, V extends object, F extends string, Patch> {
  valuesOf: (record: R) => V;
  changedFields: (base: V, values: V) => F[];
  rebase: (base: V, mine: V, theirs: V) => { values: V; conflicts: F[] };
  toPatchBody: (base: V, values: V, version: number) => Patch;
}

interface Options<R extends { version: number }, V extends object, F extends string, Patch> {
  record: R;
  rules: VersionedRecordForm<R, V, F, Patch>;
  /** The form hook of this kind of record (called here, once per render). */
  useForm: (initial: V) => UseFormReturnType<V>;
  update: UseMutationResult<R, Error, Patch>;
  latest: UseMutationResult<R, Error, void>;
  onSaved: (saved: R) => void;
  onDone: () => void;
  /** A changed field's name as the conflict notice says it. */
  fieldLabel: (field: F) => string;
  /** The locale section holding conflict.reload, conflict.reloaded, conflict.both and conflict.separator. */
  section: 'people' | 'companies' | 'products' | 'contracts';
}

export function useVersionedEdit<R extends { version: number }, V extends object, F extends string, Patch>(o: Options<R, V, F, Patch>) {
  const { t } = useTranslation();
  // The version this edit is based on: the one opened, or the newer one loaded after a conflict.
  const [base, setBase] = useState(o.record);
  const baseValues = useMemo(() => o.rules.valuesOf(base), [base, o.rules]);
  const form = o.useForm(baseValues);
  // After loading a newer version: the fields both sides changed, to be looked at before saving.
  const [carried, setCarried] = useState<F[] | null>(null);

  const save = submitTo<V, Patch, R>(form, o.update, (values) => o.rules.toPatchBody(baseValues, values, base.version), (saved) => {
    o.onSaved(saved);
    o.onDone();
  });
  const submit = (event?: SyntheticEvent<HTMLFormElement>) => {
    // Nothing changed, nothing to send: saving it would only raise the version.
    if (o.rules.changedFields(baseValues, form.getValues()).length === 0) {
      event?.preventDefault();
      o.onDone();
    } else save(event);
  };
  const loadLatest = () =>
    o.latest.mutate(undefined, {
      onSuccess: (newer) => {
        const { values, conflicts } = o.rules.rebase(baseValues, form.getValues(), o.rules.valuesOf(newer));
        form.setValues(values);
        setBase(newer);
        setCarried(conflicts);
        o.update.reset();
      },
    });

  const conflict = o.update.error instanceof ApiError && o.update.error.problem.code === 'version_conflict' ? o.update.error.problem.detail : null;
  const notice: ReactNode = conflict ? (
    <Alert color="orange" variant="light" icon={<IconAlertTriangle size={18} />} p="sm" role="alert">
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{conflict}</Text>
        <Button size="compact-md" variant="filled" color="orange" onClick={loadLatest} loading={o.latest.isPending}>
          {t(`${o.section}.conflict.reload`)}
        </Button>
      </Stack>
    </Alert>
  ) : carried ? (
    <Alert color="blue" variant="light" icon={<IconInfoCircle size={18} />} p="sm" withCloseButton onClose={() => setCarried(null)}>
      <Text size="sm">{t(`${o.section}.conflict.reloaded`)}</Text>
      {carried.length > 0 ? (
        <Text size="sm" fw={600} mt={4}>
          {t(`${o.section}.conflict.both`, { fields: carried.map(o.fieldLabel).join(t(`${o.section}.conflict.separator`)) })}
        </Text>
      ) : null}
    </Alert>
  ) : null;

  return { form, submit, notice, saving: o.update.isPending };
}
