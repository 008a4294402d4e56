import { RecordForm, type RecordFormProps } from '../../ui/RecordForm.tsx';
import { DuplicateWarning } from './DuplicateWarning.tsx';
import { PersonFields } from './PersonFields.tsx';
import type { PersonFormHandle } from './usePersonForm.ts';

interface PersonFormProps extends Omit<RecordFormProps, 'children'> {
  form: PersonFormHandle;
  /** The record being edited, which is not its own duplicate; null when creating. */
  personId: string | null;
}

/** Creating and editing a person: the fields, and likely duplicates shown before saving. */
export function PersonForm({ form, personId, notice, ...rest }: PersonFormProps) {
  return (
    <RecordForm {...rest} notice={<><DuplicateWarning values={form.values} excludePersonId={personId} />{notice}</>}>
      <PersonFields form={form} />
    </RecordForm>
  );
}
