import { Box, Button, Stack } from '@mantine/core';
import { IconPencil, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { Loaded } from '../../app/Loaded.tsx';
import { roleAtLeast, useCurrentSession } from '../../app/session.ts';
import { ContractsSection } from '../history/ContractsSection.tsx';
import { FiguresPanel } from '../history/FiguresPanel.tsx';
import { HistorySection } from '../history/HistorySection.tsx';
import { QuickLog } from '../history/QuickLog.tsx';
import { usePerson, type Person } from './api.ts';
import { EditPerson } from './EditPerson.tsx';
import { NotesSection } from './NotesSection.tsx';
import { PersonDetails } from './PersonDetails.tsx';
import { PersonHeader } from './PersonHeader.tsx';
import { useDeleteWithUndo } from './useDeleteWithUndo.tsx';

function PersonRecord({ person }: { person: Person }) {
  const { t } = useTranslation();
  const session = useCurrentSession();
  const [editing, setEditing] = useState(false);
  const deletion = useDeleteWithUndo();
  const canEdit = roleAtLeast(session.role, 'member');

  if (editing) {
    return (
      <>
        <PersonHeader person={person} />
        <EditPerson person={person} onDone={() => setEditing(false)} />
      </>
    );
  }
  return (
    <>
      <PersonHeader
        person={person}
        actions={
          canEdit ? (
            <>
              <Button variant="subtle" color="red" leftSection={<IconTrash size={18} />} loading={deletion.isPending} onClick={() => deletion.remove(person)}>
                {t('people.delete')}
              </Button>
              <Button leftSection={<IconPencil size={18} />} onClick={() => setEditing(true)}>
                {t('people.edit')}
              </Button>
            </>
          ) : null
        }
      />
      {canEdit ? (
        <Box mb="md">
          <QuickLog personId={person.personId} />
        </Box>
      ) : null}
      <PersonDetails person={person} />
      <Stack gap="md" mt="md">
        <FiguresPanel personId={person.personId} />
        <ContractsSection personId={person.personId} />
        <NotesSection personId={person.personId} />
        {/* Last: its next page loads as its end comes into view, so nothing should sit below it. */}
        <HistorySection personId={person.personId} />
      </Stack>
    </>
  );
}

/** One person's record (/people/:personId): read, and for members edit and delete. */
export function PersonPage() {
  const { personId = '' } = useParams();
  const person = usePerson(personId);
  // Keyed by person: opening another record (a duplicate's link) starts fresh, not in the last one's edit.
  return <Loaded query={person}>{(data) => <PersonRecord key={data.personId} person={data} />}</Loaded>;
}
