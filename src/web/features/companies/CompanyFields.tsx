import { NativeSelect, NumberInput, SegmentedControl, SimpleGrid, Stack, Textarea, TextInput, Input } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Section } from '../../ui/Section.tsx';
import { useFields } from '../fields/api.ts';
import { CustomFieldInputs } from '../fields/CustomFieldsSection.tsx';
import { AddressFields } from '../people/AddressFields.tsx';
import type { CompanyFormHandle } from './useCompanyForm.ts';

// As on the person form: autoComplete off (these are a customer's details, not the staff's own), inputs
// of size md (42 px targets and 16 px text, below which a phone zooms the page on focus).

const MONTHS = Array.from({ length: 12 }, (_, i) => String(i + 1));

function ProfileSection({ form }: { form: CompanyFormHandle }) {
  const { t } = useTranslation();
  return (
    <Section title={t('companies.sections.profile')}>
      <Stack gap="sm">
        <TextInput
          size="md"
          label={t('companies.fields.corporateNumber')}
          description={t('companies.corporateNumberHelp')}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          inputMode="numeric"
          autoComplete="off"
          maxLength={20}
          placeholder={t('companies.placeholders.corporateNumber')}
          {...form.getInputProps('corporateNumber')}
        />
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <TextInput size="md" label={t('companies.fields.representative')} autoComplete="off" {...form.getInputProps('representative')} />
          <TextInput size="md" label={t('companies.fields.industry')} placeholder={t('companies.placeholders.industry')} autoComplete="off" {...form.getInputProps('industry')} />
          <NumberInput
            size="md"
            label={t('companies.fields.capital')}
            suffix={t('companies.yenSuffix')}
            thousandSeparator=","
            allowNegative={false}
            allowDecimal={false}
            hideControls
            inputMode="numeric"
            {...form.getInputProps('capital')}
          />
          <NumberInput
            size="md"
            label={t('companies.fields.employees')}
            suffix={t('companies.peopleSuffix')}
            thousandSeparator=","
            allowNegative={false}
            allowDecimal={false}
            hideControls
            inputMode="numeric"
            {...form.getInputProps('employees')}
          />
          <Input.Wrapper size="md" label={t('companies.fields.listed')} id="company-listed">
            <SegmentedControl
              fullWidth
              size="md"
              aria-labelledby="company-listed-label"
              data={[
                { value: '', label: t('companies.notSelected') },
                { value: 'listed', label: t('companies.listed.listed') },
                { value: 'unlisted', label: t('companies.listed.unlisted') },
              ]}
              {...form.getInputProps('listed')}
            />
          </Input.Wrapper>
          <NativeSelect
            size="md"
            label={t('companies.fields.fiscalMonth')}
            data={[{ value: '', label: t('companies.notSelected') }, ...MONTHS.map((m) => ({ value: m, label: t('companies.month', { month: m }) }))]}
            {...form.getInputProps('fiscalMonth')}
          />
        </SimpleGrid>
        <Textarea
          size="md"
          autosize
          minRows={2}
          label={t('companies.fields.businessDescription')}
          placeholder={t('companies.placeholders.businessDescription')}
          {...form.getInputProps('businessDescription')}
        />
      </Stack>
    </Section>
  );
}

/**
 * All fields of a company, the name first as on a business card, then what the company is, then how to
 * reach it. Two columns on a wide screen; one on a phone, where the order reads top to bottom. The
 * workspace's custom fields come after the built-in ones, across the width.
 */
export function CompanyFields({ form }: { form: CompanyFormHandle }) {
  const { t } = useTranslation();
  const fields = useFields('company');
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md" verticalSpacing="md">
        <Stack gap="md">
          <Section title={t('companies.sections.name')}>
            <Stack gap="sm">
              <TextInput size="md" label={t('companies.fields.name')} required autoComplete="off" placeholder={t('companies.placeholders.name')} {...form.getInputProps('name')} />
              <TextInput size="md" label={t('companies.fields.nameKana')} autoComplete="off" placeholder={t('companies.placeholders.nameKana')} {...form.getInputProps('nameKana')} />
            </Stack>
          </Section>
          <ProfileSection form={form} />
        </Stack>
        <Stack gap="md">
          <Section title={t('companies.sections.contact')}>
            <Stack gap="sm">
              <TextInput size="md" type="tel" inputMode="tel" label={t('companies.fields.phone')} autoComplete="off" placeholder={t('companies.placeholders.phone')} {...form.getInputProps('phone')} />
              <TextInput size="md" type="url" inputMode="url" label={t('companies.fields.website')} autoComplete="off" placeholder={t('companies.placeholders.website')} {...form.getInputProps('website')} />
            </Stack>
          </Section>
          <Section title={t('companies.sections.address')}>
            <AddressFields form={form} />
          </Section>
        </Stack>
      </SimpleGrid>
      <CustomFieldInputs
        fields={fields.data ?? []}
        values={form.values.custom}
        errors={form.errors}
        onChange={(fieldId, value) => form.setFieldValue(`custom.${fieldId}`, value)}
      />
    </Stack>
  );
}
