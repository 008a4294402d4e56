import { Chip, Group, Stack, Text } from '@mantine/core';
import { useInViewport } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../app/i18n.ts';
import { describeError } from '../../app/problem.ts';
import { roleAtLeast, useCurrentSession } from '../../app/session.ts';
import { ConfirmModal, useConfirm } from '../../ui/ConfirmModal.tsx';
import { LoadMore } from '../../ui/LoadMore.tsx';
import { QueryState } from '../../ui/QueryState.tsx';
import { Section } from '../../ui/Section.tsx';
import { useNotes } from '../people/notesApi.ts';
import { useDeleteActivity, useRefreshHistory, useTimeline, type TimelineEntry } from './api.ts';
import { TimelineItem } from './TimelineItem.tsx';
import { entryKey, FILTER_GROUPS, formatWhen, isActivityKind, kindsParam, type FilterGroup } from './timeline.ts';

/** A note added in the 大福帳 section is in the timeline too: the timeline is fetched again when the notes change. */
function useFollowNotes(personId: string) {
  // The same array while the notes stay the same (react-query keeps unchanged data as it was), a new one when they change.
  const notes = useNotes(personId).data;
  const refresh = useRefreshHistory(personId, 'timeline');
  const seen = useRef(notes);
  useEffect(() => {
    // The first load of the notes is not a change.
    if (seen.current !== undefined && notes !== seen.current) void refresh();
    seen.current = notes;
  }, [notes, refresh]);
}

/** The person's whole history on one list, newest first: filtered by chips, the next page loaded as its end comes into view. */
export function HistorySection({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const session = useCurrentSession();
  const [groups, setGroups] = useState<FilterGroup[]>([]);
  const timeline = useTimeline(personId, kindsParam(groups));
  const remove = useDeleteActivity(personId);
  const deleting = {
    isPending: remove.isPending,
    mutate: (activityId: string, options: { onSuccess: () => void }) =>
      remove.mutate(activityId, {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: t('activities.deleted') });
          options.onSuccess();
        },
      }),
  };
  const confirm = useConfirm(deleting, (entry: TimelineEntry) => entry.id);
  const { ref: endRef, inViewport: endInView } = useInViewport();
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = timeline;
  useFollowNotes(personId);

  useEffect(() => {
    if (endInView && hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [endInView, hasNextPage, isFetchingNextPage, fetchNextPage]);

  const entries = timeline.data?.pages.flatMap((page) => page.items) ?? [];
  const canDelete = roleAtLeast(session.role, 'member');
  const asked = confirm.target;
  const askedText = asked ? { kind: t(`history.kinds.${asked.kind}`), when: formatWhen(asked.at, currentLocale()) } : { kind: '', when: '' };
  return (
    <Section title={t('history.title')} description={t('history.description')}>
      <Stack gap="sm">
        <Chip.Group multiple value={groups} onChange={(value) => setGroups(value as FilterGroup[])}>
          <Group gap={6} role="group" aria-label={t('history.filterLabel')}>
            {FILTER_GROUPS.map((group) => (
              <Chip key={group} value={group} size="sm" radius="sm">
                {t(`history.groups.${group}`)}
              </Chip>
            ))}
          </Group>
        </Chip.Group>
        {timeline.data === undefined ? (
          <QueryState error={timeline.isError ? describeError(timeline.error, t('errors.unexpected')) : null} onRetry={() => void timeline.refetch()} />
        ) : entries.length === 0 ? (
          <Text size="sm" c="dimmed" py="md">
            {groups.length > 0 ? t('history.emptyFiltered') : t('history.empty')}
          </Text>
        ) : (
          <Stack gap={0} role="feed" aria-busy={isFetchingNextPage} aria-label={t('history.title')} data-testid="timeline">
            {entries.map((entry) => (
              <TimelineItem key={entryKey(entry)} entry={entry} onDelete={canDelete && isActivityKind(entry.kind) ? confirm.ask : undefined} />
            ))}
          </Stack>
        )}
        <div ref={endRef} />
        <LoadMore hasMore={hasNextPage} loading={isFetchingNextPage} onLoad={() => void fetchNextPage()} />
        {entries.length > 0 && timeline.data && !hasNextPage ? (
          <Text size="xs" c="dimmed" ta="center">
            {t('history.end')}
          </Text>
        ) : null}
      </Stack>
      <ConfirmModal
        {...confirm.modal}
        title={t('activities.deleteTitle')}
        message={t('activities.deleteMessage', askedText)}
        confirmLabel={t('activities.deleteConfirm')}
      />
    </Section>
  );
}
