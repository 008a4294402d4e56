import { useForm, type UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { PersonFormValues } from './personForm.ts';

export type PersonFormHandle = UseFormReturnType<PersonFormValues>;

/**
 * The person form; it checks only what it must before sending (a family name). Everything else — kana,
 * phones, emails, postal codes, dates — the server checks by its Japanese rules, and its messages show
 * under the fields.
 */
export function usePersonForm(initialValues: PersonFormValues): PersonFormHandle {
  const { t } = useTranslation();
  return useForm<PersonFormValues>({
    initialValues,
    validate: { familyName: (value) => (value.trim() ? null : t('validation.required')) },
  });
}
