import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { submitTo } from '../../app/forms.ts';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { useCreateCompany } from './api.ts';
import { emptyCompanyValues, toCreateBody } from './companyForm.ts';
import { CompanyForm } from './CompanyForm.tsx';
import { useCompanyForm } from './useCompanyForm.ts';

export function NewCompanyPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const form = useCompanyForm(emptyCompanyValues());
  const create = useCreateCompany();
  const submit = submitTo(form, create, toCreateBody, (company) => {
    notifications.show({ color: 'teal', message: t('companies.created', { name: company.name }) });
    // Replaced, so that Back from the new record goes to the list, not to an empty form.
    void navigate(`/companies/${company.companyId}`, { replace: true });
  });
  return (
    <>
      <PageHeader title={t('companies.createTitle')} description={t('companies.createDescription')} />
      <CompanyForm
        form={form}
        onSubmit={submit}
        onCancel={() => void navigate('/companies')}
        submitLabel={t('companies.createSubmit')}
        loading={create.isPending}
        companyId={null}
      />
    </>
  );
}
