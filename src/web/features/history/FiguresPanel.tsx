import { Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ACTIVITY_KINDS, type ActivityKind } from '../../../common/history.ts';
import { formatDate, formatNumber } from '../../app/format.ts';
import { currentLocale } from '../../app/i18n.ts';
import { Loaded } from '../../app/Loaded.tsx';
import { DetailList } from '../../ui/DetailList.tsx';
import { Section } from '../../ui/Section.tsx';
import { useFigures, type Figures } from './api.ts';
import { KIND_LOOK } from './kinds.ts';
import { formatWhen, formatYen } from './timeline.ts';

function Stat({ label, value, help }: { label: string; value: string; help?: string }) {
  return (
    <Paper withBorder radius="md" p="sm">
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={700} fz="lg" style={{ overflowWrap: 'anywhere' }}>
        {value}
      </Text>
      {help ? (
        <Text size="xs" c="dimmed">
          {help}
        </Text>
      ) : null}
    </Paper>
  );
}

function Purchases({ figures }: { figures: Figures }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const yen = (amount: number | null) => (amount === null ? '—' : formatYen(amount, locale));
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="xs" verticalSpacing="xs">
        <Stat label={t('figures.purchaseCount')} value={t('figures.count', { n: formatNumber(figures.purchaseCount, locale) })} />
        <Stat label={t('figures.totalSpend')} value={yen(figures.totalSpend)} />
        <Stat label={t('figures.averageSpend')} value={yen(figures.averageSpend)} />
        <Stat label={t('figures.ltv')} value={yen(figures.ltv)} help={t('figures.ltvHelp')} />
      </SimpleGrid>
      <DetailList
        empty={null}
        items={[
          { key: 'first', label: t('figures.firstPurchase'), value: formatDate(figures.firstPurchaseAt, locale) },
          { key: 'last', label: t('figures.lastPurchase'), value: formatDate(figures.lastPurchaseAt, locale) },
          { key: 'since', label: t('figures.daysSince'), value: figures.daysSinceLastPurchase === null ? null : t('figures.days', { n: formatNumber(figures.daysSinceLastPurchase, locale) }) },
        ]}
      />
    </Stack>
  );
}

function Rfm({ rfm }: { rfm: Figures['rfm'] }) {
  const { t } = useTranslation();
  return (
    <Stack gap={4}>
      <Title order={4} fz="sm">
        {t('figures.rfm')}
      </Title>
      {rfm ? (
        <>
          <Group gap="xs" data-testid="rfm">
            {(['r', 'f', 'm'] as const).map((letter) => (
              <Badge key={letter} size="lg" radius="sm" variant="light" color={rfm[letter] >= 4 ? 'teal' : rfm[letter] <= 2 ? 'gray' : 'blue'}>
                {`${letter.toUpperCase()} ${rfm[letter]}`}
              </Badge>
            ))}
          </Group>
          <Text size="xs" c="dimmed">
            {t('figures.rfmHelp')} · {t('figures.rfmScoredAt', { date: formatDate(rfm.scoredAt, currentLocale()) })}
          </Text>
        </>
      ) : (
        <Text size="sm" c="dimmed">
          {t('figures.rfmNone')}
        </Text>
      )}
    </Stack>
  );
}

function KindLabel({ kind }: { kind: ActivityKind }) {
  const { t } = useTranslation();
  const { icon: KindIcon, color } = KIND_LOOK[kind];
  return (
    <Group gap={6} wrap="nowrap" component="span">
      <KindIcon size={16} color={`var(--mantine-color-${color}-6)`} aria-hidden />
      {t(`history.kinds.${kind}`)}
    </Group>
  );
}

function LastContacts({ byKind }: { byKind: Figures['lastActivityByKind'] }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <Stack gap={4}>
      <Title order={4} fz="sm">
        {t('figures.lastContact')}
      </Title>
      <DetailList
        empty={t('figures.noContact')}
        items={ACTIVITY_KINDS.map((kind) => ({
          key: kind,
          label: <KindLabel kind={kind} />,
          value: byKind[kind] ? formatWhen(byKind[kind], locale) : null,
        }))}
      />
    </Stack>
  );
}

/** What the person has bought and when, the RFM scores, and when each kind of contact last happened. */
export function FiguresPanel({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const figures = useFigures(personId);
  return (
    <Section title={t('figures.title')}>
      <Loaded query={figures}>
        {(data) => (
          <Stack gap="lg">
            {data.purchaseCount > 0 || data.ltv !== 0 ? (
              <Purchases figures={data} />
            ) : (
              <Text size="sm" c="dimmed">
                {t('figures.noPurchases')}
              </Text>
            )}
            <Rfm rfm={data.rfm} />
            <LastContacts byKind={data.lastActivityByKind} />
          </Stack>
        )}
      </Loaded>
    </Section>
  );
}
