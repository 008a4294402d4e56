import { Alert, Button, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconInfoCircle } from '@tabler/icons-react';
import { useMemo, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { submitTo } from '../../app/forms.ts';
import { ApiError } from '../../app/problem.ts';
import { useLatestPerson, useUpdatePerson, type Person } from './api.ts';
import { changedFields, rebase, toPatchBody, valuesFromPerson, type PersonField } from './personForm.ts';
import { PersonForm } from './PersonForm.tsx';
import { usePersonForm } from './usePersonForm.ts';

/**
 * Editing a person, checked against the version it started from. When someone else saved in between, the
 * server refuses; the user can then load the newer version, and what they typed stays in the fields they
 * changed (the other fields take the newer values) for them to check and save again.
 */
export function EditPerson({ person, onDone }: { person: Person; onDone: () => void }) {
  const { t } = useTranslation();
  // The version this edit is based on: the one opened, or the newer one loaded after a conflict.
  const [base, setBase] = useState(person);
  const baseValues = useMemo(() => valuesFromPerson(base), [base]);
  const form = usePersonForm(baseValues);
  const update = useUpdatePerson(person.personId);
  const latest = useLatestPerson(person.personId);
  // After loading a newer version: the fields both sides changed, to be looked at before saving.
  const [carried, setCarried] = useState<PersonField[] | null>(null);

  const save = submitTo(form, update, (values) => toPatchBody(baseValues, values, base.version), (saved) => {
    notifications.show({ color: 'teal', message: t('people.saved', { name: saved.displayName }) });
    onDone();
  });
  const submit = (event?: SyntheticEvent<HTMLFormElement>) => {
    // Nothing changed, nothing to send: saving it would only raise the version.
    if (changedFields(baseValues, form.getValues()).length === 0) {
      event?.preventDefault();
      onDone();
    } else save(event);
  };
  const loadLatest = () =>
    latest.mutate(undefined, {
      onSuccess: (newer) => {
        const { values, conflicts } = rebase(baseValues, form.getValues(), valuesFromPerson(newer));
        form.setValues(values);
        setBase(newer);
        setCarried(conflicts);
        update.reset();
      },
    });

  const conflict = update.error instanceof ApiError && update.error.problem.code === 'version_conflict' ? update.error.problem.detail : null;
  const notice = conflict ? (
    <Alert color="orange" variant="light" icon={<IconAlertTriangle size={18} />} p="sm" role="alert">
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{conflict}</Text>
        <Button size="compact-md" variant="filled" color="orange" onClick={loadLatest} loading={latest.isPending}>
          {t('people.conflict.reload')}
        </Button>
      </Stack>
    </Alert>
  ) : carried ? (
    <Alert color="blue" variant="light" icon={<IconInfoCircle size={18} />} p="sm" withCloseButton onClose={() => setCarried(null)}>
      <Text size="sm">{t('people.conflict.reloaded')}</Text>
      {carried.length > 0 ? (
        <Text size="sm" fw={600} mt={4}>
          {t('people.conflict.both', { fields: carried.map((field) => (field === 'custom' ? t('customFields.section') : t(`people.fields.${field}`))).join(t('people.conflict.separator')) })}
        </Text>
      ) : null}
    </Alert>
  ) : null;

  return (
    <PersonForm
      form={form}
      onSubmit={submit}
      onCancel={onDone}
      submitLabel={t('ui.save')}
      loading={update.isPending}
      personId={person.personId}
      notice={notice}
    />
  );
}
