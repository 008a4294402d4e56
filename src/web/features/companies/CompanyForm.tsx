import { Button } from '@mantine/core';
import type { ReactNode, SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { StickyActions } from '../../ui/StickyActions.tsx';
import { CompanyFields } from './CompanyFields.tsx';
import { DuplicateWarning } from './DuplicateWarning.tsx';
import type { CompanyFormHandle } from './useCompanyForm.ts';

interface CompanyFormProps {
  form: CompanyFormHandle;
  onSubmit: (event?: SyntheticEvent<HTMLFormElement>) => void;
  onCancel: () => void;
  submitLabel: ReactNode;
  loading: boolean;
  /** The record being edited, which is not its own duplicate; null when creating. */
  companyId: string | null;
  /** Said above the buttons besides likely duplicates (a version conflict). */
  notice?: ReactNode;
}

/** Creating and editing a company: the fields, and the buttons with what to read before saving. */
export function CompanyForm({ form, onSubmit, onCancel, submitLabel, loading, companyId, notice }: CompanyFormProps) {
  const { t } = useTranslation();
  return (
    // noValidate: the form's own checks show their messages under the fields, in the UI language.
    <form onSubmit={onSubmit} noValidate>
      <CompanyFields form={form} />
      <StickyActions
        notice={
          <>
            <DuplicateWarning values={form.values} excludeCompanyId={companyId} />
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
