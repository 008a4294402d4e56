import { Button, NativeSelect, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { PostalLookup } from '../../../common/addresses.ts';
import { postalDigits, withTown } from './address.ts';
import { useLookupPostalCode } from './api.ts';
import { PREFECTURES } from './options.ts';

type Place = PostalLookup['items'][number];

/** The address part of a form; people and companies both have it, under the same names. */
export interface AddressValues {
  postalCode: string;
  prefecture: string;
  city: string;
  addressLine: string;
  building: string;
}
type AddressForm = Pick<UseFormReturnType<AddressValues>, 'getInputProps' | 'setFieldValue' | 'getValues'>;

/** What the postal-code field says under itself about the lookup. */
function usePostalHint(lookup: ReturnType<typeof useLookupPostalCode>): string {
  const { t } = useTranslation();
  if (lookup.isPending) return t('people.postal.looking');
  if (lookup.isError) return t('people.postal.failed');
  if (lookup.data?.items.length === 0) return t('people.postal.notFound');
  return t('people.postal.help');
}

/**
 * 〒 → 都道府県 → 市区町村 → 番地 → 建物名. Seven digits in the postal code fill in the prefecture, the city
 * and the town (in front of 番地); a code shared by several towns lets the user pick one.
 */
export function AddressFields({ form }: { form: AddressForm }) {
  const { t } = useTranslation();
  const lookup = useLookupPostalCode();
  const hint = usePostalHint(lookup);
  // The town the last autofill put in front of 番地, so that the next code replaces it instead of adding to it.
  const filledTown = useRef<string | null>(null);

  const fill = (place: Place) => {
    form.setFieldValue('prefecture', place.prefecture);
    form.setFieldValue('city', place.city);
    form.setFieldValue('addressLine', withTown(form.getValues().addressLine, place.town, filledTown.current));
    filledTown.current = place.town;
    lookup.reset();
  };

  const changePostalCode = (value: string) => {
    form.setFieldValue('postalCode', value);
    const digits = postalDigits(value);
    if (!digits) {
      lookup.reset();
      return;
    }
    lookup.mutate(digits, {
      onSuccess: ({ postalCode, items }) => {
        // Written back as 〒 codes are printed (150-0041), which also shows that it was understood.
        if (postalCode) form.setFieldValue('postalCode', postalCode);
        const [only] = items;
        if (only && items.length === 1) fill(only);
      },
    });
  };

  const choices = lookup.data && lookup.data.items.length > 1 ? lookup.data.items : [];
  const postal = form.getInputProps('postalCode');
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
        <TextInput
          size="md"
          label={t('people.fields.postalCode')}
          description={hint}
          // The hint goes under the input, so that the input lines up with the prefecture beside it.
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          inputMode="numeric"
          autoComplete="off"
          maxLength={10}
          leftSection={<Text span>〒</Text>}
          placeholder={t('people.placeholders.postalCode')}
          {...postal}
          onChange={(event) => changePostalCode(event.currentTarget.value)}
        />
        <NativeSelect
          size="md"
          label={t('people.fields.prefecture')}
          data={[{ value: '', label: t('people.notSelected') }, ...PREFECTURES]}
          {...form.getInputProps('prefecture')}
        />
      </SimpleGrid>
      {choices.length > 0 ? (
        <Stack gap={6} role="group" aria-label={t('people.postal.choose')}>
          <Text size="sm" fw={500}>
            {t('people.postal.choose')}
          </Text>
          {choices.map((place) => (
            <Button key={`${place.city}${place.town}`} variant="light" size="md" justify="flex-start" onClick={() => fill(place)}>
              {`${place.prefecture}${place.city}${place.town}`}
            </Button>
          ))}
        </Stack>
      ) : null}
      <TextInput size="md" label={t('people.fields.city')} autoComplete="off" {...form.getInputProps('city')} />
      <TextInput
        size="md"
        label={t('people.fields.addressLine')}
        autoComplete="off"
        placeholder={t('people.placeholders.addressLine')}
        {...form.getInputProps('addressLine')}
      />
      <TextInput size="md" label={t('people.fields.building')} autoComplete="off" {...form.getInputProps('building')} />
    </Stack>
  );
}
