import { useForm, type UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { CompanyFormValues } from './companyForm.ts';

export type CompanyFormHandle = UseFormReturnType<CompanyFormValues>;

/**
 * The company form; it checks only what it must before sending (the name). The 法人番号 check digit,
 * furigana, phone, postal code and website the server checks, and its messages show under the fields.
 */
export function useCompanyForm(initialValues: CompanyFormValues): CompanyFormHandle {
  const { t } = useTranslation();
  return useForm<CompanyFormValues>({
    initialValues,
    validate: { name: (value) => (value.trim() ? null : t('validation.required')) },
  });
}
