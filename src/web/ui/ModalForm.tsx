import { Button, Group, Stack } from '@mantine/core';
import type { ReactNode, SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';

interface ModalFormProps {
  onSubmit: (event?: SyntheticEvent<HTMLFormElement>) => void;
  onCancel: () => void;
  submitLabel: ReactNode;
  loading: boolean;
  /** The fields. */
  children: ReactNode;
}

/** The form inside a modal: its fields, then Cancel and the submit button at the bottom right. */
export function ModalForm({ onSubmit, onCancel, submitLabel, loading, children }: ModalFormProps) {
  const { t } = useTranslation();
  return (
    // noValidate: the form's own checks show their messages under the fields, in the UI language.
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        {children}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('ui.cancel')}
          </Button>
          <Button type="submit" loading={loading}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
