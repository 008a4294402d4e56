import { useForm, type UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { useFields } from '../fields/api.ts';
import { requiredErrors } from '../fields/customValues.ts';
import { accountErrors, type PersonFormValues } from './personForm.ts';

export type PersonFormHandle = UseFormReturnType<PersonFormValues>;

/**
 * The person form; it checks only what it must before sending: a family name, account rows filled in by half
 * (see accountErrors), and the custom fields the admin made required (the server checks those only when a value is sent). Everything else — kana, phones,
 * emails, postal codes, dates — the server checks by its Japanese rules, and its messages show under the fields.
 */
export function usePersonForm(initialValues: PersonFormValues): PersonFormHandle {
  const { t } = useTranslation();
  const fields = useFields('person');
  return useForm<PersonFormValues>({
    initialValues,
    validate: (values) => ({
      familyName: values.familyName.trim() ? null : t('validation.required'),
      ...accountErrors(values.accounts, t('validation.required')),
      ...requiredErrors(fields.data ?? [], values.custom, t('validation.required')),
    }),
  });
}
