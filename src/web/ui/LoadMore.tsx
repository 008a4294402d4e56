import { Button, Center } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface LoadMoreProps {
  hasMore: boolean;
  loading: boolean;
  onLoad: () => void;
}

/** The next page of a cursor-paged list; nothing when the list is complete. */
export function LoadMore({ hasMore, loading, onLoad }: LoadMoreProps) {
  const { t } = useTranslation();
  if (!hasMore) return null;
  return (
    <Center mt="md">
      <Button variant="default" onClick={onLoad} loading={loading}>
        {t('ui.loadMore')}
      </Button>
    </Center>
  );
}
