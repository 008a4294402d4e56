import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useVersionedEdit } from '../../app/useVersionedEdit.tsx';
import { useLatestPerson, useUpdatePerson, type Person } from './api.ts';
import { changedFields, rebase, toPatchBody, valuesFromPerson } from './personForm.ts';
import { PersonForm } from './PersonForm.tsx';
import { usePersonForm } from './usePersonForm.ts';

const rules = { valuesOf: valuesFromPerson, changedFields, rebase, toPatchBody };

/** Editing a person, checked against the version it started from (see useVersionedEdit). */
export function EditPerson({ person, onDone }: { person: Person; onDone: () => void }) {
  const { t } = useTranslation();
  const edit = useVersionedEdit({
    record: person, rules, useForm: usePersonForm, update: useUpdatePerson(person.personId), latest: useLatestPerson(person.personId),
    onSaved: (saved) => notifications.show({ color: 'teal', message: t('people.saved', { name: saved.displayName }) }),
    onDone,
    fieldLabel: (field) => (field === 'custom' ? t('customFields.section') : t(`people.fields.${field}`)),
    section: 'people',
  });
  return (
    <PersonForm
      form={edit.form}
      onSubmit={edit.submit}
      onCancel={onDone}
      submitLabel={t('ui.save')}
      loading={edit.saving}
      personId={person.personId}
      notice={edit.notice}
    />
  );
}
