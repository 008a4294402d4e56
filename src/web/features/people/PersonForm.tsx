import { Button } from '@mantine/core';
import type { ReactNode, SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { StickyActions } from '../../ui/StickyActions.tsx';
import { DuplicateWarning } from './DuplicateWarning.tsx';
import { PersonFields } from './PersonFields.tsx';
import type { PersonFormHandle } from './usePersonForm.ts';

interface PersonFormProps {
  form: PersonFormHandle;
  onSubmit: (event?: SyntheticEvent<HTMLFormElement>) => void;
  onCancel: () => void;
  submitLabel: ReactNode;
  loading: boolean;
  /** The record being edited, which is not its own duplicate; null when creating. */
  personId: string | null;
  /** Said above the buttons besides likely duplicates (a version conflict). */
  notice?: ReactNode;
}

/** Creating and editing a person: the fields, and the buttons with what to read before saving. */
export function PersonForm({ form, onSubmit, onCancel, submitLabel, loading, personId, notice }: PersonFormProps) {
  const { t } = useTranslation();
  return (
    // noValidate: the form's own checks show their messages under the fields, in the UI language.
    <form onSubmit={onSubmit} noValidate>
      <PersonFields form={form} />
      <StickyActions
        notice={
          <>
            <DuplicateWarning values={form.values} excludePersonId={personId} />
            {notice}
          </>
        }
      >
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
