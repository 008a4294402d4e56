import { ActionIcon, Group, TextInput } from '@mantine/core';
import { IconCheck, IconX } from '@tabler/icons-react';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';

interface InlineRenameProps {
  value: string;
  /** The accessible name of the input ("新しい名前"). */
  label: string;
  loading: boolean;
  onSave: (value: string) => void;
  onCancel: () => void;
}

/** A name edited where it is shown: Enter or ✓ saves, Escape or ✕ leaves it as it was. */
export function InlineRename({ value, label, loading, onSave, onCancel }: InlineRenameProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(value);
  const submit = (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    const next = text.trim();
    if (!next || next === value) onCancel();
    else onSave(next);
  };
  return (
    <form onSubmit={submit} style={{ flex: 1, minWidth: 0 }}>
      <Group gap={4} wrap="nowrap">
        <TextInput
          style={{ flex: 1, minWidth: 0 }}
          size="sm"
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          onKeyDown={(event) => event.key === 'Escape' && onCancel()}
          aria-label={label}
          maxLength={100}
          autoComplete="off"
          autoFocus
        />
        <ActionIcon type="submit" variant="filled" size={36} loading={loading} aria-label={t('ui.save')}>
          <IconCheck size={18} />
        </ActionIcon>
        <ActionIcon variant="default" size={36} onClick={onCancel} aria-label={t('ui.cancel')}>
          <IconX size={18} />
        </ActionIcon>
      </Group>
    </form>
  );
}
