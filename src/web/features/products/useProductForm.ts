import { useForm, type UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { yenAmount, type ProductFormValues } from './productForm.ts';

export type ProductFormHandle = UseFormReturnType<ProductFormValues>;

/**
 * The product form; it checks what it can before sending (code, name, a whole price). That a code is not
 * taken yet only the server knows, and its message shows under the code.
 */
export function useProductForm(initialValues: ProductFormValues): ProductFormHandle {
  const { t } = useTranslation();
  return useForm<ProductFormValues>({
    initialValues,
    validate: {
      code: (value) => (value.trim() ? null : t('validation.required')),
      name: (value) => (value.trim() ? null : t('validation.required')),
      price: (value) => (value === '' ? t('validation.required') : yenAmount(value) === null ? t('products.priceInvalid') : null),
    },
  });
}
