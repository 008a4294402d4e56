import { ActionBar, Button, Group, Menu, Text } from '@mantine/core';
import { IconChevronUp, IconTag, IconTagOff, IconTrash, IconUserCog, IconStairsUp, type Icon } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../app/format.ts';
import { currentLocale } from '../../app/i18n.ts';
import { usePhone } from '../../ui/usePhone.ts';
import { BULK_KINDS, BulkActionModal, bulkKey, type BulkKind } from './BulkActionModal.tsx';
import type { ListSetup } from './listSetup.ts';
import { bulkTarget, hasSelection, loadedState, NOTHING, selectedCount, type Selection } from './selection.ts';

// The server's bound on one bulk change (BULK_MAX in src/common/people.ts, which the web bundle cannot import).
const BULK_MAX = 10_000;
const ICONS: Record<BulkKind, Icon> = { add_tags: IconTag, remove_tags: IconTagOff, set_owner: IconUserCog, set_lifecycle: IconStairsUp, delete: IconTrash };

interface BulkBarProps {
  selection: Selection;
  onSelect: (selection: Selection) => void;
  setup: ListSetup;
  loadedIds: readonly string[];
  /** Whether the list has people beyond those loaded. */
  hasMore: boolean;
  /** How many people the list's search and filter select; null while not known exactly. */
  matching: number | null;
}

/**
 * What can be done to the ticked people, floating at the bottom of the screen while any are ticked: how many,
 * a way to take in everyone the list selects (not only those loaded), the changes, and the box unticked.
 * On a phone the changes sit in one menu, within a thumb's reach.
 */
export function BulkBar({ selection, onSelect, setup, loadedIds, hasMore, matching }: BulkBarProps) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const phone = usePhone();
  const [kind, setKind] = useState<BulkKind | null>(null);
  const count = selectedCount(selection, matching);
  const tooMany = count !== null && count > BULK_MAX;
  // Offered once every loaded row is ticked and the list goes on beyond them.
  const canTakeAll = selection.kind === 'ids' && hasMore && loadedState(selection, loadedIds) === 'all';
  const formatted = (n: number | null) => (n === null ? '…' : formatNumber(n, locale));
  const takeAll = () => onSelect({ kind: 'matching' });
  const takeAllLabel = t('bulk.selectAllMatching', { formatted: formatted(matching) });

  return (
    <>
      <ActionBar opened={hasSelection(selection)} onClose={() => onSelect(NOTHING)} aria-label={t('bulk.actions')} shadow="lg" radius="md" zIndex={150} position={{ bottom: phone ? 12 : 24, left: 8, right: 8 }}>
        <Text size="sm" fw={600} style={{ whiteSpace: 'nowrap' }} data-testid="bulk-count">
          {selection.kind === 'matching' ? t('bulk.selectedAll', { formatted: formatted(count) }) : t('bulk.selected', { formatted: formatted(count) })}
        </Text>
        {canTakeAll && !phone ? (
          <Button variant="subtle" size="compact-sm" onClick={takeAll}>
            {takeAllLabel}
          </Button>
        ) : null}
        <ActionBar.Divider />
        {tooMany ? (
          <Text size="sm" c="red" maw={phone ? 160 : 360}>
            {t('bulk.tooMany', { max: formatNumber(BULK_MAX, locale) })}
          </Text>
        ) : phone ? (
          <Menu position="top" withinPortal zIndex={160}>
            <Menu.Target>
              <Button size="sm" rightSection={<IconChevronUp size={16} />}>
                {t('bulk.actions')}
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              {canTakeAll ? <Menu.Item onClick={takeAll}>{takeAllLabel}</Menu.Item> : null}
              {BULK_KINDS.map((k) => {
                const KindIcon = ICONS[k];
                return (
                  <Menu.Item key={k} leftSection={<KindIcon size={16} />} color={k === 'delete' ? 'red' : undefined} onClick={() => setKind(k)}>
                    {t(`bulk.${bulkKey(k)}`)}
                  </Menu.Item>
                );
              })}
            </Menu.Dropdown>
          </Menu>
        ) : (
          <Group gap={4} wrap="nowrap">
            {BULK_KINDS.map((k) => {
              const KindIcon = ICONS[k];
              return (
                <Button key={k} variant="subtle" size="compact-sm" color={k === 'delete' ? 'red' : undefined} leftSection={<KindIcon size={16} />} onClick={() => setKind(k)}>
                  {t(`bulk.${bulkKey(k)}`)}
                </Button>
              );
            })}
          </Group>
        )}
        <ActionBar.CloseButton aria-label={t('bulk.clear')} />
      </ActionBar>
      {kind ? (
        <BulkActionModal
          kind={kind}
          target={bulkTarget(selection, setup)}
          count={count}
          onClose={() => setKind(null)}
          onDone={() => {
            setKind(null);
            onSelect(NOTHING);
          }}
        />
      ) : null}
    </>
  );
}
