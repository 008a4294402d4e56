import { useForm, type UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { useFields } from '../fields/api.ts';
import { requiredErrors } from '../fields/customValues.ts';
import type { CompanyFormValues } from './companyForm.ts';

export type CompanyFormHandle = UseFormReturnType<CompanyFormValues>;

/**
 * The company form; it checks only what it must before sending: the name, and the custom fields the admin
 * made required (the server checks those only when a value is sent). The 法人番号 check digit, furigana,
 * phone, postal code and website the server checks, and its messages show under the fields.
 */
export function useCompanyForm(initialValues: CompanyFormValues): CompanyFormHandle {
  const { t } = useTranslation();
  const fields = useFields('company');
  return useForm<CompanyFormValues>({
    initialValues,
    validate: (values) => ({
      name: values.name.trim() ? null : t('validation.required'),
      ...requiredErrors(fields.data ?? [], values.custom, t('validation.required')),
    }),
  });
}
