import { RecordForm, type RecordFormProps } from '../../ui/RecordForm.tsx';
import { CompanyFields } from './CompanyFields.tsx';
import { DuplicateWarning } from './DuplicateWarning.tsx';
import type { CompanyFormHandle } from './useCompanyForm.ts';

interface CompanyFormProps extends Omit<RecordFormProps, 'children'> {
  form: CompanyFormHandle;
  /** The record being edited, which is not its own duplicate; null when creating. */
  companyId: string | null;
}

/** Creating and editing a company: the fields, and likely duplicates shown before saving. */
export function CompanyForm({ form, companyId, notice, ...rest }: CompanyFormProps) {
  return (
    <RecordForm {...rest} notice={<><DuplicateWarning values={form.values} excludeCompanyId={companyId} />{notice}</>}>
      <CompanyFields form={form} />
    </RecordForm>
  );
}
