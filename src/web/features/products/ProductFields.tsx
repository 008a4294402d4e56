import { NativeSelect, NumberInput, SimpleGrid, Stack, Switch, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { TAX_RATE_VALUES } from './productForm.ts';
import type { ProductFormHandle } from './useProductForm.ts';

/** The inputs of a product; two columns where there is room, one on a phone. */
export function ProductFields({ form }: { form: ProductFormHandle }) {
  const { t } = useTranslation();
  return (
    <Stack>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label={t('products.fields.code')} required autoComplete="off" maxLength={100} data-autofocus {...form.getInputProps('code')} />
        <TextInput label={t('products.fields.category')} placeholder={t('products.categoryPlaceholder')} maxLength={100} {...form.getInputProps('category')} />
      </SimpleGrid>
      <TextInput label={t('products.fields.name')} required maxLength={200} {...form.getInputProps('name')} />
      <TextInput label={t('products.fields.nameKana')} placeholder={t('products.kanaPlaceholder')} maxLength={200} {...form.getInputProps('nameKana')} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NumberInput
          label={t('products.fields.price')}
          required
          min={0}
          allowDecimal={false}
          allowNegative={false}
          thousandSeparator=","
          suffix={t('products.yenSuffix')}
          hideControls
          inputMode="numeric"
          {...form.getInputProps('price')}
        />
        <NativeSelect
          label={t('products.fields.taxRate')}
          data={TAX_RATE_VALUES.map((rate) => ({ value: rate, label: t(`products.taxRates.${rate}`) }))}
          {...form.getInputProps('taxRate')}
        />
      </SimpleGrid>
      <Switch label={t('products.fields.active')} description={t('products.activeHelp')} {...form.getInputProps('active', { type: 'checkbox' })} />
    </Stack>
  );
}
