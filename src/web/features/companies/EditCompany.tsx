import { Alert, Button, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconInfoCircle } from '@tabler/icons-react';
import { useMemo, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { submitTo } from '../../app/forms.ts';
import { ApiError } from '../../app/problem.ts';
import { useLatestCompany, useUpdateCompany, type Company } from './api.ts';
import { changedFields, rebase, toPatchBody, valuesFromCompany, type CompanyField } from './companyForm.ts';
import { CompanyForm } from './CompanyForm.tsx';
import { useCompanyForm } from './useCompanyForm.ts';

/**
 * Editing a company, checked against the version it started from. When someone else saved in between, the
 * server refuses; the user can then load the newer version, and what they typed stays in the fields they
 * changed (the other fields take the newer values) for them to check and save again.
 */
export function EditCompany({ company, onDone }: { company: Company; onDone: () => void }) {
  const { t } = useTranslation();
  // The version this edit is based on: the one opened, or the newer one loaded after a conflict.
  const [base, setBase] = useState(company);
  const baseValues = useMemo(() => valuesFromCompany(base), [base]);
  const form = useCompanyForm(baseValues);
  const update = useUpdateCompany(company.companyId);
  const latest = useLatestCompany(company.companyId);
  // After loading a newer version: the fields both sides changed, to be looked at before saving.
  const [carried, setCarried] = useState<CompanyField[] | null>(null);

  const save = submitTo(form, update, (values) => toPatchBody(baseValues, values, base.version), (saved) => {
    notifications.show({ color: 'teal', message: t('companies.saved', { name: saved.name }) });
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
        const { values, conflicts } = rebase(baseValues, form.getValues(), valuesFromCompany(newer));
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
          {t('companies.conflict.reload')}
        </Button>
      </Stack>
    </Alert>
  ) : carried ? (
    <Alert color="blue" variant="light" icon={<IconInfoCircle size={18} />} p="sm" withCloseButton onClose={() => setCarried(null)}>
      <Text size="sm">{t('companies.conflict.reloaded')}</Text>
      {carried.length > 0 ? (
        <Text size="sm" fw={600} mt={4}>
          {t('companies.conflict.both', { fields: carried.map((field) => (field === 'custom' ? t('customFields.section') : t(`companies.fields.${field}`))).join(t('companies.conflict.separator')) })}
        </Text>
      ) : null}
    </Alert>
  ) : null;

  return (
    <CompanyForm
      form={form}
      onSubmit={submit}
      onCancel={onDone}
      submitLabel={t('ui.save')}
      loading={update.isPending}
      companyId={company.companyId}
      notice={notice}
    />
  );
}
