import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { submitTo } from '../../app/forms.ts';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { useCreatePerson } from './api.ts';
import { emptyValues, toCreateBody } from './personForm.ts';
import { PersonForm } from './PersonForm.tsx';
import { usePersonForm } from './usePersonForm.ts';

export function NewPersonPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const form = usePersonForm(emptyValues());
  const create = useCreatePerson();
  const submit = submitTo(form, create, toCreateBody, (person) => {
    notifications.show({ color: 'teal', message: t('people.created', { name: person.displayName }) });
    // Replaced, so that Back from the new record goes to the list, not to an empty form.
    void navigate(`/people/${person.personId}`, { replace: true });
  });
  return (
    <>
      <PageHeader title={t('people.createTitle')} description={t('people.createDescription')} />
      <PersonForm
        form={form}
        onSubmit={submit}
        onCancel={() => void navigate('/people')}
        submitLabel={t('people.createSubmit')}
        loading={create.isPending}
        personId={null}
      />
    </>
  );
}
