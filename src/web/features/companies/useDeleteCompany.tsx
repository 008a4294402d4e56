import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiError } from '../../app/problem.ts';
import { UNDO_MS, UndoMessage } from '../../ui/UndoMessage.tsx';
import { useDeleteCompany as useDeleteMutation, useRestoreCompany, type Company } from './api.ts';

/**
 * Deleting a company without a confirmation step: the record goes at once, and the notification offers
 * to bring it back (restore), which then opens it again.
 */
export function useDeleteCompany() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const remove = useDeleteMutation();
  const restore = useRestoreCompany();

  // Runs from the notification, after this page has gone: it reports through notifications only.
  const undo = async (company: Company, notificationId: string) => {
    notifications.hide(notificationId);
    try {
      await restore(company.companyId);
      notifications.show({ color: 'teal', message: t('companies.restored', { name: company.name }) });
      void navigate(`/companies/${company.companyId}`);
    } catch (error) {
      notifications.show({ color: 'red', title: t('errors.title'), message: error instanceof ApiError ? error.problem.detail : t('errors.unexpected') });
    }
  };

  return {
    isPending: remove.isPending,
    remove: (company: Company) =>
      remove.mutate(company.companyId, {
        onSuccess: () => {
          const id = `company-deleted-${company.companyId}`;
          notifications.show({
            id,
            autoClose: UNDO_MS,
            message: <UndoMessage text={t('companies.deleted', { name: company.name })} undoLabel={t('companies.undo')} onUndo={() => void undo(company, id)} />,
          });
          void navigate('/companies');
        },
      }),
  };
}
