import { Button, Chip, Drawer, Group, Input, Modal, NativeSelect, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActivityKind } from '../../../common/history.ts';
import { submitTo } from '../../app/forms.ts';
import { usePhone } from '../../ui/usePhone.ts';
import { emptyActivityValues, KIND_FIELDS, toActivityBody, type ActivityFormValues } from './activityForm.ts';
import { useLogActivity, useOpenTouchpoints } from './api.ts';

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

/** The form of one activity: the kind's own answers, where, a memo, and the time (now unless changed). */
function ActivityForm({ personId, kind, onDone }: { personId: string; kind: ActivityKind; onDone: () => void }) {
  const { t } = useTranslation();
  const log = useLogActivity(personId);
  const touchpoints = useOpenTouchpoints();
  // The time the form opened with stands for "now": left alone, the server stamps the moment it saves.
  const [initial] = useState(emptyActivityValues);
  const form = useForm<ActivityFormValues>({ initialValues: initial });
  const kindLabel = t(`history.kinds.${kind}`);
  const submit = submitTo(form, log, (values) => toActivityBody(kind, values, initial.occurredAt), () => {
    notifications.show({ color: 'teal', message: t('activities.saved', { kind: kindLabel }) });
    onDone();
  });
  const has = (field: keyof ActivityFormValues) => KIND_FIELDS[kind].includes(field);
  const choice = (field: 'direction' | 'result' | 'visitType' | 'attended') => ({
    value: form.values[field],
    // The chips offer only the field's own answers.
    onChange: (value: string) => form.setValues({ [field]: value } as Partial<ActivityFormValues>),
  });
  const directions = kind === 'email' ? 'emailDirections' : 'directions';
  return (
    // noValidate: nothing here is required; the server's messages show in the notification.
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
        <Button type="submit" size="md" fullWidth loading={log.isPending}>
          {t('activities.submit')}
        </Button>
      </Stack>
    </form>
  );
}

/** A sheet from the bottom on a phone (the thumb's reach), a dialog on a wider screen. */
function Sheet({ title, opened, onClose, children }: { title: string; opened: boolean; onClose: () => void; children: ReactNode }) {
  const phone = usePhone();
  return phone ? (
    // As tall as the form, not the screen: the record stays in sight above it.
    <Drawer opened={opened} onClose={onClose} title={title} position="bottom" radius="md" styles={{ content: { height: 'auto' } }}>
      {children}
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
