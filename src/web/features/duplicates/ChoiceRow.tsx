import { Badge, Group, Radio, SimpleGrid, Stack, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../app/format.ts';
import { currentLocale } from '../../app/i18n.ts';
import type { Person } from '../people/api.ts';
import type { MergeGroup, Side } from './mergeChoices.ts';

const SIDES: Side[] = ['a', 'b'];

/** A group's value as the record page shows it, or '' when the record has none. */
export function groupText(p: Person, group: MergeGroup, t: TFunction): string {
  const join = (...parts: (string | null)[]) => parts.filter(Boolean).join('\u3000');
  switch (group.key) {
    case 'name': return join(p.familyName, p.givenName);
    case 'kana': return join(p.familyNameKana, p.givenNameKana);
    case 'birthday': return p.birthday ? formatDate(p.birthday, currentLocale()) : '';
    case 'gender': return p.gender ? t(`people.genders.${p.gender}`) : '';
    case 'address': {
      const street = [p.prefecture, p.city, p.addressLine].filter(Boolean).join('');
      return [p.postalCode ? `〒${p.postalCode}` : null, street || null, p.building].filter(Boolean).join(' ');
    }
    case 'company': return p.companyName ?? '';
    case 'preferredChannel': return p.preferredChannel ? t(`people.channels.${p.preferredChannel}`) : '';
    case 'lifecycleStage': return t(`people.stages.${p.lifecycleStage}`);
    default: return p[group.key] ?? '';
  }
}

interface ChoiceRowProps {
  label: string;
  /** What each record has here, as text; '' shows as 未登録. */
  texts: Record<Side, string>;
  value: Side | undefined;
  onChange: (side: Side) => void;
}

/** Which record's value stays: the two values as cards, side by side on a wide screen, one above the other on a phone. */
export function ChoiceRow({ label, texts, value, onChange }: ChoiceRowProps) {
  const { t } = useTranslation();
  return (
    <Radio.Group label={label} value={value ?? null} onChange={(v) => onChange(v as Side)} styles={{ label: { fontWeight: 600, marginBottom: 4 } }}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
        {SIDES.map((side) => (
          <Radio.Card key={side} value={side} radius="md" p="sm" data-testid={`choice-${side}`}>
            <Group wrap="nowrap" align="flex-start" gap="sm">
              <Radio.Indicator mt={2} />
              <Stack gap={2} style={{ minWidth: 0 }}>
                <Badge size="xs" variant="outline" color="gray" radius="sm">
                  {side.toUpperCase()}
                </Badge>
                <Text size="sm" c={texts[side] ? undefined : 'dimmed'} style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}>
                  {texts[side] || t('people.notRecorded')}
                </Text>
              </Stack>
            </Group>
          </Radio.Card>
        ))}
      </SimpleGrid>
    </Radio.Group>
  );
}
