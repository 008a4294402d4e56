import { Button, Group, Input, Modal, SegmentedControl, Select, Stack, TagsInput, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BulkAction } from '../../../common/people.ts';
import { formatNumber } from '../../app/format.ts';
import { currentLocale } from '../../app/i18n.ts';
import { ApiError } from '../../app/problem.ts';
import { UNDO_MS, UndoMessage } from '../../ui/UndoMessage.tsx';
import { useMembers } from '../members/api.ts';
import { useBulkChange, useTags, useUndoBulk } from './listApi.ts';
import { STAGES, type LifecycleStage } from './options.ts';
import type { BulkTarget } from './selection.ts';

export type BulkKind = BulkAction['kind'];
// camelCase, as the locale keys name the actions.
const KEY = { add_tags: 'addTags', remove_tags: 'removeTags', set_owner: 'setOwner', set_lifecycle: 'setLifecycle', delete: 'delete' } as const;
export const BULK_KINDS = Object.keys(KEY) as BulkKind[];
export const bulkKey = (kind: BulkKind) => KEY[kind];
// The server's bound on how many tags one change adds or removes (bulkBody in src/common/people.ts).
const MAX_TAGS = 20;

interface BulkActionModalProps {
  kind: BulkKind;
  target: BulkTarget;
  /** How many people the change is about, as the list counted them; null while not known. */
  count: number | null;
  onClose: () => void;
  onDone: () => void;
}

/**
 * One bulk change, asked for and confirmed in the same dialog, which says how many people it touches. After
 * it, a notification says what was done and offers to undo all of it.
 */
export function BulkActionModal({ kind, target, count, onClose, onDone }: BulkActionModalProps) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const change = useBulkChange();
  const undoBulk = useUndoBulk();
  const members = useMembers();
  const tagList = useTags();
  const [tags, setTags] = useState<string[]>([]);
  const [owner, setOwner] = useState<string>('');
  const [stage, setStage] = useState<LifecycleStage>('customer');
  const [missing, setMissing] = useState(false);
  const key = bulkKey(kind);
  const formatted = count === null ? '…' : formatNumber(count, locale);

  const action = (): BulkAction | null => {
    switch (kind) {
      case 'add_tags':
      case 'remove_tags':
        return tags.length > 0 ? { kind, tags } : null;
      case 'set_owner':
        return { kind, ownerUserId: owner || null };
      case 'set_lifecycle':
        return { kind, lifecycleStage: stage };
      case 'delete':
        return { kind };
    }
  };

  // Runs from the notification, after the dialog has gone: it reports through notifications only.
  const undo = async (bulkChangeId: string, notificationId: string) => {
    notifications.hide(notificationId);
    try {
      await undoBulk(bulkChangeId);
      notifications.show({ color: 'teal', message: t('bulk.undone') });
    } catch (error) {
      notifications.show({ color: 'red', title: t('errors.title'), message: error instanceof ApiError ? error.problem.detail : t('errors.unexpected') });
    }
  };

  const submit = () => {
    const body = action();
    if (!body) {
      setMissing(true);
      return;
    }
    change.mutate({ ...target, action: body }, {
      onSuccess: (result) => {
        const id = `bulk-${result.bulkChangeId}`;
        const text = t(`bulk.done.${key}`, { formatted: formatNumber(result.count, locale) });
        notifications.show({ id, autoClose: UNDO_MS, message: <UndoMessage text={text} undoLabel={t('bulk.undo')} onUndo={() => void undo(result.bulkChangeId, id)} /> });
        onDone();
      },
    });
  };

  return (
    <Modal opened onClose={onClose} title={t(`bulk.${key}`)} centered>
      <Stack>
        <Text size="sm" fw={600}>
          {t(`bulk.confirm.${key}`, { formatted })}
        </Text>
        {kind === 'add_tags' || kind === 'remove_tags' ? (
          <TagsInput
            label={t('bulk.tags')}
            description={t('people.tagsHelp')}
            data={(tagList.data ?? []).map((tag) => tag.name)}
            value={tags}
            onChange={(next) => {
              setTags(next);
              setMissing(false);
            }}
            splitChars={[',', '、']}
            maxTags={MAX_TAGS}
            error={missing ? t('bulk.tagsRequired') : undefined}
            data-autofocus
          />
        ) : null}
        {kind === 'set_owner' ? (
          <Select
            label={t('bulk.owner')}
            data={[{ value: '', label: t('people.noOwner') }, ...(members.data ?? []).map((m) => ({ value: m.userId, label: m.displayName }))]}
            value={owner}
            onChange={(next) => setOwner(next ?? '')}
            allowDeselect={false}
            searchable
          />
        ) : null}
        {kind === 'set_lifecycle' ? (
          <Input.Wrapper label={t('bulk.stage')} id="bulk-stage">
            <SegmentedControl
              fullWidth
              aria-labelledby="bulk-stage-label"
              data={STAGES.map((s) => ({ value: s, label: t(`people.stages.${s}`) }))}
              value={stage}
              onChange={(next) => setStage(next as LifecycleStage)}
            />
          </Input.Wrapper>
        ) : null}
        {kind === 'delete' ? (
          <Text size="sm" c="dimmed">
            {t('bulk.deleteHelp')}
          </Text>
        ) : null}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} disabled={change.isPending}>
            {t('ui.cancel')}
          </Button>
          <Button color={kind === 'delete' ? 'red' : undefined} onClick={submit} loading={change.isPending} disabled={count === null}>
            {t(`bulk.submit.${key}`, { formatted })}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
