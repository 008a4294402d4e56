import { Button, FileButton, Text } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** After a reload the page no longer holds the file: why, and a button to choose it again for the second reading (useReread). */
export function ChooseAgain({ hint, pending, onChosen }: { hint: string; pending: boolean; onChosen: (file: File) => void }) {
  const { t } = useTranslation();
  return (
    <>
      <Text size="sm" c="dimmed">{hint}</Text>
      <FileButton onChange={(chosen) => chosen && onChosen(chosen)}>
        {(props) => (
          <Button {...props} variant="light" leftSection={<IconRefresh size={18} />} loading={pending}>
            {t('imports.format.chooseAgain')}
          </Button>
        )}
      </FileButton>
    </>
  );
}
