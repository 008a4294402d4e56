import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useVersionedEdit } from '../../app/useVersionedEdit.tsx';
import { useLatestCompany, useUpdateCompany, type Company } from './api.ts';
import { changedFields, rebase, toPatchBody, valuesFromCompany } from './companyForm.ts';
import { CompanyForm } from './CompanyForm.tsx';
import { useCompanyForm } from './useCompanyForm.ts';

const rules = { valuesOf: valuesFromCompany, changedFields, rebase, toPatchBody };

/** Editing a company, checked against the version it started from (see useVersionedEdit). */
export function EditCompany({ company, onDone }: { company: Company; onDone: () => void }) {
  const { t } = useTranslation();
  const edit = useVersionedEdit({
    record: company, rules, useForm: useCompanyForm, update: useUpdateCompany(company.companyId), latest: useLatestCompany(company.companyId),
    onSaved: (saved) => notifications.show({ color: 'teal', message: t('companies.saved', { name: saved.name }) }),
    onDone,
    fieldLabel: (field) => (field === 'custom' ? t('customFields.section') : t(`companies.fields.${field}`)),
    section: 'companies',
  });
  return (
    <CompanyForm
      form={edit.form}
      onSubmit={edit.submit}
      onCancel={onDone}
      submitLabel={t('ui.save')}
      loading={edit.saving}
      companyId={company.companyId}
      notice={edit.notice}
    />
  );
}
