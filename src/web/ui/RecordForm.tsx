import { Button } from '@mantine/core';
import type { ReactNode, SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { StickyActions } from './StickyActions.tsx';

export interface RecordFormProps {
  onSubmit: (event?: SyntheticEvent<HTMLFormElement>) => void;
  onCancel: () => void;
  submitLabel: ReactNode;
  loading: boolean;
  /** Said above the buttons (likely duplicates, a version conflict). */
  notice?: ReactNode;
  children: ReactNode;
}

/** Creating or editing a record: its fields, then cancel and save kept in reach with what to read before saving. */
export function RecordForm({ onSubmit, onCancel, submitLabel, loading, notice, children }: RecordFormProps) {
  const { t } = useTranslation();
  return (
    // noValidate: the form's own checks show their messages under the fields, in the UI language.
    <form onSubmit={onSubmit} noValidate>
      {children}
      <StickyActions notice={notice}>
        <Button variant="default" size="md" onClick={onCancel}>
          {t('ui.cancel')}
        </Button>
        <Button type="submit" size="md" loading={loading}>
          {submitLabel}
        </Button>
      </StickyActions>
    </form>
  );
}
