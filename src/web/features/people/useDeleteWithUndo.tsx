import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiError } from '../../app/problem.ts';
import { UNDO_MS, UndoMessage } from '../../ui/UndoMessage.tsx';
import { useDeletePerson, useRestorePerson, type Person } from './api.ts';

/**
 * Deleting a person without a confirmation step: the record goes at once, and the notification offers
 * to bring it back (restore), which then opens it again.
 */
export function useDeleteWithUndo() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const remove = useDeletePerson();
  const restore = useRestorePerson();

  // Runs from the notification, after this page has gone: it reports through notifications only.
  const undo = async (person: Person, notificationId: string) => {
    notifications.hide(notificationId);
    try {
      await restore(person.personId);
      notifications.show({ color: 'teal', message: t('people.restored', { name: person.displayName }) });
      void navigate(`/people/${person.personId}`);
    } catch (error) {
      notifications.show({ color: 'red', title: t('errors.title'), message: error instanceof ApiError ? error.problem.detail : t('errors.unexpected') });
    }
  };

  return {
    isPending: remove.isPending,
    remove: (person: Person) =>
      remove.mutate(person.personId, {
        onSuccess: () => {
          const id = `person-deleted-${person.personId}`;
          notifications.show({
            id,
            autoClose: UNDO_MS,
            message: (
              <UndoMessage
                text={t('people.deleted', { name: person.displayName })}
                undoLabel={t('people.undo')}
                onUndo={() => void undo(person, id)}
              />
            ),
          });
          void navigate('/people');
        },
      }),
  };
}
