import { Button, Chip, Drawer, Group, Input, MantineThemeProvider, Modal, MultiSelect, NativeSelect, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActivityKind } from '../../../common/history.ts';
import { submitTo } from '../../app/forms.ts';
import { usePhone } from '../../ui/usePhone.ts';
import { useFields } from '../fields/api.ts';
import { requiredErrors } from '../fields/customValues.ts';
import { CustomValueInput } from '../fields/CustomValueInput.tsx';
import { answerErrors, emptyActivityValues, KIND_FIELDS, toActivityBody, type ActivityFormValues, type DetailField } from './activityForm.ts';
import { useLogActivity, useOpenTouchpoints } from './api.ts';
import { SurveyAnswers } from './SurveyAnswers.tsx';

interface ChoiceChipsProps {
  label: string;
  options: { value: string; label: string }[];
  /** '' when no answer is chosen. */
  value: string;
  onChange: (value: string) => void;
}

/** One of a few answers, each a thumb-sized chip; tapping the chosen one again leaves the answer open. */
function ChoiceChips({ label, options, value, onChange }: ChoiceChipsProps) {
  const labelId = useId();
  return (
    <div>
      {/* The inputs' own label, at the size of the form's md inputs, so that every question looks alike. */}
      <Input.Label id={labelId} size="md" labelElement="div" mb={6}>
        {label}
      </Input.Label>
      <Group gap={8} role="group" aria-labelledby={labelId}>
        {options.map((option) => (
          <Chip key={option.value} size="md" radius="sm" checked={value === option.value} onChange={() => onChange(value === option.value ? '' : option.value)}>
            {option.label}
          </Chip>
        ))}
      </Group>
    </div>
  );
}

/**
 * The form of one activity: the kind's own answers, the workspace's activity fields, where, a memo, and the
 * time (now unless changed).
 */
function ActivityForm({ personId, kind, onDone }: { personId: string; kind: ActivityKind; onDone: () => void }) {
  const { t } = useTranslation();
  const log = useLogActivity(personId);
  const touchpoints = useOpenTouchpoints();
  const fields = useFields('activity');
  const customFields = fields.data ?? [];
  // The time the form opened with stands for "now": left alone, the server stamps the moment it saves.
  const [initial] = useState(emptyActivityValues);
  // Checked here: the server checks a required field only when a value is sent, and takes no answer without its question.
  const form = useForm<ActivityFormValues>({
    initialValues: initial,
    validate: (values) => ({
      ...requiredErrors(customFields, values.custom, t('validation.required')),
      ...(kind === 'survey' ? answerErrors(values.answers, t('validation.required')) : {}),
    }),
  });
  const kindLabel = t(`history.kinds.${kind}`);
  const submit = submitTo(form, log, (values) => toActivityBody(kind, values, initial.occurredAt), () => {
    notifications.show({ color: 'teal', message: t('activities.saved', { kind: kindLabel }) });
    onDone();
  });
  const has = (field: DetailField) => KIND_FIELDS[kind].includes(field);
  const choice = (field: 'direction' | 'result' | 'visitType' | 'attended') => ({
    value: form.values[field],
    // The chips offer only the field's own answers.
    onChange: (value: string) => form.setValues({ [field]: value } as Partial<ActivityFormValues>),
  });
  const directions = kind === 'email' ? 'emailDirections' : 'directions';
  return (
    // noValidate: the form's own check puts its message under the field, as the server's do.
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {has('direction') ? (
          <ChoiceChips
            label={t(kind === 'email' ? 'activities.fields.emailDirection' : 'activities.fields.direction')}
            options={(['out', 'in'] as const).map((value) => ({ value, label: t(`activities.${directions}.${value}`) }))}
            {...choice('direction')}
          />
        ) : null}
        {has('result') ? (
          <ChoiceChips
            label={t('activities.fields.result')}
            options={(['reached', 'no_answer', 'voicemail', 'callback'] as const).map((value) => ({ value, label: t(`activities.results.${value}`) }))}
            {...choice('result')}
          />
        ) : null}
        {has('visitType') ? (
          <ChoiceChips
            label={t('activities.fields.visitType')}
            options={(['shop', 'sales'] as const).map((value) => ({ value, label: t(`activities.visitTypes.${value}`) }))}
            {...choice('visitType')}
          />
        ) : null}
        {has('subject') ? <TextInput size="md" label={t('activities.fields.subject')} {...form.getInputProps('subject')} /> : null}
        {has('eventName') ? <TextInput size="md" label={t('activities.fields.eventName')} {...form.getInputProps('eventName')} /> : null}
        {has('attended') ? (
          <ChoiceChips
            label={t('activities.fields.attended')}
            options={[{ value: 'yes', label: t('history.attended') }, { value: 'no', label: t('history.absent') }]}
            {...choice('attended')}
          />
        ) : null}
        {kind === 'survey' ? <SurveyAnswers form={form} /> : null}
        {customFields.map((field) => (
          <CustomValueInput
            key={field.fieldId}
            field={field}
            value={form.values.custom[field.fieldId]}
            onChange={(value) => form.setFieldValue(`custom.${field.fieldId}`, value)}
            error={form.errors[`custom.${field.fieldId}`]}
          />
        ))}
        {touchpoints.length > 0 ? (
          <NativeSelect
            size="md"
            label={t('activities.fields.touchpoint')}
            data={[{ value: '', label: t('activities.notSet') }, ...touchpoints.map((tp) => ({ value: tp.touchpointId, label: tp.name }))]}
            {...form.getInputProps('touchpointId')}
          />
        ) : null}
        <Textarea size="md" autosize minRows={2} maxRows={8} label={t('activities.fields.body')} placeholder={t('activities.bodyPlaceholder')} {...form.getInputProps('body')} />
        <TextInput size="md" type="datetime-local" label={t('activities.fields.occurredAt')} {...form.getInputProps('occurredAt')} />
        {/* Until the fields are known their required ones could not be checked. */}
        <Button type="submit" size="md" fullWidth loading={log.isPending || fields.isPending}>
          {t('activities.submit')}
        </Button>
      </Stack>
    </form>
  );
}

// A choice field's list opens inside the sheet: placed over the page from the bottom sheet, it lands off to
// the side, and the phone widens the page to show it (then narrows it, and again, while the list is open).
const inSheet = { comboboxProps: { withinPortal: false } };
const IN_SHEET = { components: { Select: Select.extend({ defaultProps: inSheet }), MultiSelect: MultiSelect.extend({ defaultProps: inSheet }) } };

/** A sheet from the bottom on a phone (the thumb's reach), a dialog on a wider screen. */
function Sheet({ title, opened, onClose, children }: { title: string; opened: boolean; onClose: () => void; children: ReactNode }) {
  const phone = usePhone();
  return phone ? (
    // As tall as the form, not the screen: the record stays in sight above it.
    <Drawer opened={opened} onClose={onClose} title={title} position="bottom" radius="md" styles={{ content: { height: 'auto' } }}>
      <MantineThemeProvider theme={IN_SHEET}>{children}</MantineThemeProvider>
    </Drawer>
  ) : (
    <Modal opened={opened} onClose={onClose} title={title} centered>
      {children}
    </Modal>
  );
}

/** Logging an activity of `kind` (null: closed); the form starts afresh, at the current time, each time it opens. */
export function ActivitySheet({ personId, kind, onClose }: { personId: string; kind: ActivityKind | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Sheet title={kind ? t('activities.logTitle', { kind: t(`history.kinds.${kind}`) }) : ''} opened={kind !== null} onClose={onClose}>
      {kind ? <ActivityForm key={kind} personId={personId} kind={kind} onDone={onClose} /> : null}
    </Sheet>
  );
}
