import { Input, NativeSelect, SegmentedControl, SimpleGrid, Stack, TagsInput, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { todayInTokyo } from '../../app/format.ts';
import { Section } from '../../ui/Section.tsx';
import { useFields } from '../fields/api.ts';
import { CustomFieldInputs } from '../fields/CustomFieldsSection.tsx';
import { AccountFields } from './AccountFields.tsx';
import { AddressFields } from './AddressFields.tsx';
import { ContactList } from './ContactFields.tsx';
import { CHANNELS, GENDERS, STAGES } from './options.ts';
import type { PersonFormHandle } from './usePersonForm.ts';

// Every field is a customer's detail typed by staff, so autoComplete is off throughout: the browser would
// otherwise offer its own user's name, address and phone. Inputs are size md: 42 px targets, and 16 px
// text, below which a phone zooms the page on focus.

function NameSection({ form }: { form: PersonFormHandle }) {
  const { t } = useTranslation();
  return (
    <Section title={t('people.sections.name')}>
      <SimpleGrid cols={2} spacing="sm" verticalSpacing="sm">
        <TextInput size="md" label={t('people.fields.familyName')} required autoComplete="off" {...form.getInputProps('familyName')} />
        <TextInput size="md" label={t('people.fields.givenName')} autoComplete="off" {...form.getInputProps('givenName')} />
        <TextInput size="md" label={t('people.fields.familyNameKana')} autoComplete="off" {...form.getInputProps('familyNameKana')} />
        <TextInput size="md" label={t('people.fields.givenNameKana')} autoComplete="off" {...form.getInputProps('givenNameKana')} />
      </SimpleGrid>
    </Section>
  );
}

function ProfileSection({ form }: { form: PersonFormHandle }) {
  const { t } = useTranslation();
  return (
    <Section title={t('people.sections.profile')}>
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
        <TextInput size="md" type="date" label={t('people.fields.birthday')} max={todayInTokyo()} min="1900-01-01" {...form.getInputProps('birthday')} />
        <NativeSelect
          size="md"
          label={t('people.fields.gender')}
          data={[{ value: '', label: t('people.notSelected') }, ...GENDERS.map((g) => ({ value: g, label: t(`people.genders.${g}`) }))]}
          {...form.getInputProps('gender')}
        />
      </SimpleGrid>
    </Section>
  );
}

function CustomerSection({ form }: { form: PersonFormHandle }) {
  const { t } = useTranslation();
  return (
    <Section title={t('people.sections.customer')}>
      <Stack gap="sm">
        <Input.Wrapper size="md" label={t('people.fields.lifecycleStage')} id="person-stage">
          <SegmentedControl
            fullWidth
            size="md"
            aria-labelledby="person-stage-label"
            data={STAGES.map((stage) => ({ value: stage, label: t(`people.stages.${stage}`) }))}
            {...form.getInputProps('lifecycleStage')}
          />
        </Input.Wrapper>
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <TextInput size="md" label={t('people.fields.source')} placeholder={t('people.placeholders.source')} autoComplete="off" {...form.getInputProps('source')} />
          <TextInput size="md" label={t('people.fields.memberNumber')} autoComplete="off" {...form.getInputProps('memberNumber')} />
        </SimpleGrid>
        <TagsInput
          size="md"
          label={t('people.fields.tags')}
          description={t('people.tagsHelp')}
          splitChars={[',', '、']}
          maxTags={50}
          {...form.getInputProps('tags')}
        />
      </Stack>
    </Section>
  );
}

function NotesSection({ form }: { form: PersonFormHandle }) {
  const { t } = useTranslation();
  return (
    <Section title={t('people.sections.notes')}>
      <Stack gap="sm">
        <Textarea size="md" autosize minRows={2} label={t('people.fields.familyNotes')} placeholder={t('people.placeholders.familyNotes')} {...form.getInputProps('familyNotes')} />
        <Textarea size="md" autosize minRows={2} label={t('people.fields.interests')} placeholder={t('people.placeholders.interests')} {...form.getInputProps('interests')} />
      </Stack>
    </Section>
  );
}

/**
 * All fields of a person, in the order Japanese forms use: 姓・名, セイ・メイ, then how to reach them, then
 * the rest. Two columns on a wide screen; one on a phone, where the order reads top to bottom. The
 * workspace's custom fields come after the built-in ones, across the width.
 */
export function PersonFields({ form }: { form: PersonFormHandle }) {
  const { t } = useTranslation();
  const fields = useFields('person');
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md" verticalSpacing="md">
        <Stack gap="md">
          <NameSection form={form} />
          <Section title={t('people.sections.contact')}>
            <Stack gap="md">
              <ContactList form={form} list="phones" />
              <ContactList form={form} list="emails" />
              <AccountFields form={form} />
              <NativeSelect
                size="md"
                label={t('people.fields.preferredChannel')}
                data={[{ value: '', label: t('people.notSelected') }, ...CHANNELS.map((c) => ({ value: c, label: t(`people.channels.${c}`) }))]}
                {...form.getInputProps('preferredChannel')}
              />
            </Stack>
          </Section>
          <ProfileSection form={form} />
        </Stack>
        <Stack gap="md">
          <Section title={t('people.sections.address')}>
            <AddressFields form={form} />
          </Section>
          <CustomerSection form={form} />
          <NotesSection form={form} />
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
