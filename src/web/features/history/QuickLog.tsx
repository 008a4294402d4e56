import { Button, Group, Menu } from '@mantine/core';
import { IconChevronDown } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTIVITY_KINDS, type ActivityKind } from '../../../common/history.ts';
import { usePhone } from '../../ui/usePhone.ts';
import { useFields } from '../fields/api.ts';
import { ActivitySheet } from './ActivitySheet.tsx';
import { KIND_LOOK } from './kinds.ts';

// The two contacts a shop logs all day have their own buttons; the rest are one menu away.
const MAIN_KINDS = ['call', 'visit'] as const;
const OTHER_KINDS = ACTIVITY_KINDS.filter((kind) => !(MAIN_KINDS as readonly string[]).includes(kind));

/** Logging a contact in two taps: the kind's button opens the form at the current time, 記録する saves it. */
export function QuickLog({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const phone = usePhone();
  const [kind, setKind] = useState<ActivityKind | null>(null);
  // Fetched with the record, so that the sheet opens with the activity fields and 記録する is not held up for them.
  useFields('activity');
  return (
    <>
      <Group gap="xs" wrap="nowrap" role="group" aria-label={t('activities.quickTitle')}>
        {MAIN_KINDS.map((main) => {
          const { icon: KindIcon, color } = KIND_LOOK[main];
          return (
            // On a phone the two share the width left by その他, each a full thumb's target.
            <Button key={main} size="md" variant="light" color={color} leftSection={<KindIcon size={20} />} style={phone ? { flex: 1 } : undefined} onClick={() => setKind(main)}>
              {t(`history.kinds.${main}`)}
            </Button>
          );
        })}
        <Menu position="bottom-end" shadow="md">
          <Menu.Target>
            <Button size="md" variant="default" rightSection={<IconChevronDown size={18} />} style={{ flexShrink: 0 }}>
              {t('activities.other')}
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            {OTHER_KINDS.map((other) => {
              const { icon: KindIcon, color } = KIND_LOOK[other];
              return (
                <Menu.Item key={other} leftSection={<KindIcon size={18} color={`var(--mantine-color-${color}-6)`} />} onClick={() => setKind(other)}>
                  {t(`history.kinds.${other}`)}
                </Menu.Item>
              );
            })}
          </Menu.Dropdown>
        </Menu>
      </Group>
      <ActivitySheet personId={personId} kind={kind} onClose={() => setKind(null)} />
    </>
  );
}
