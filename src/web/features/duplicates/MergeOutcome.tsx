import { Alert, Button, Group } from '@mantine/core';
import { IconArrowBackUp, IconCircleCheck, IconUser } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Person } from '../people/api.ts';
import { useUndoMerge } from './api.ts';

export interface Merged {
  mergeId: string;
  person: Person;
}

interface MergeOutcomeProps {
  merged: Merged;
  undone: boolean;
  onUndone: () => void;
  /** Back to the two records, after an undo, to choose again. */
  onReview: () => void;
}

/** After a merge: where the person is now, and a way back while the choice is fresh. */
export function MergeOutcome({ merged, undone, onUndone, onReview }: MergeOutcomeProps) {
  const { t } = useTranslation();
  const undo = useUndoMerge();
  if (undone) {
    return (
      <Alert color="gray" variant="light" icon={<IconArrowBackUp size={18} />} title={t('duplicates.undone')} data-testid="merge-outcome">
        <Group gap="xs" mt="xs">
          <Button variant="default" onClick={onReview}>
            {t('duplicates.reviewAgain')}
          </Button>
        </Group>
      </Alert>
    );
  }
  return (
    <Alert color="teal" variant="light" icon={<IconCircleCheck size={18} />} title={t('duplicates.merged', { name: merged.person.displayName })} data-testid="merge-outcome">
      <Group gap="xs" mt="xs">
        <Button component={Link} to={`/people/${merged.person.personId}`} leftSection={<IconUser size={18} />}>
          {t('duplicates.openPerson')}
        </Button>
        <Button variant="default" leftSection={<IconArrowBackUp size={18} />} loading={undo.isPending} onClick={() => undo.mutate(merged.mergeId, { onSuccess: onUndone })}>
          {t('duplicates.undo')}
        </Button>
      </Group>
    </Alert>
  );
}
