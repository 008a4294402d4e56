import { Button, Group, Stack, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useAddOptions, type Field } from './api.ts';
import { parseOptionLines } from './options.ts';

/** Adds options at the end of the list, several at once, one per line (a column pasted from a spreadsheet works). */
export function AddOptionsForm({ field }: { field: Field }) {
  const { t } = useTranslation();
  const add = useAddOptions(field.entityType, field.fieldId);
  const [text, setText] = useState('');
  const submit = (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    const { labels, repeated } = parseOptionLines(text, field.options.map((option) => option.label));
    const skipped = repeated.length > 0 ? t('customFields.optionsSkipped', { n: repeated.length, labels: repeated.slice(0, 3).join('、') }) : '';
    if (labels.length === 0) {
      if (skipped) notifications.show({ color: 'yellow', message: skipped });
      return;
    }
    add.mutate(labels, {
      onSuccess: () => {
        setText('');
        notifications.show({ color: 'teal', message: `${t('customFields.optionsAdded', { n: labels.length })}${skipped}` });
      },
    });
  };
  return (
    <form onSubmit={submit}>
      <Stack gap="xs">
        <Textarea
          label={t('customFields.addOptions')}
          description={t('customFields.optionLinesHelp')}
          autosize
          minRows={2}
          maxRows={8}
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
        />
        <Group justify="flex-end">
          <Button type="submit" variant="light" leftSection={<IconPlus size={18} />} loading={add.isPending} disabled={!text.trim()}>
            {t('customFields.addOptionsSubmit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
