import { Anchor, Badge, SegmentedControl, Stack, Text } from '@mantine/core';
import { IconCalendarCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { formatDate, formatNumber, todayInTokyo } from '../../app/format.ts';
import { currentLocale } from '../../app/i18n.ts';
import { PagedTable } from '../../app/QueryTable.tsx';
import type { Column } from '../../ui/DataTable.tsx';
import { EmptyPanel } from '../../ui/EmptyPanel.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { useRenewals, type Contract } from './api.ts';
import { addDays, daysUntil, HORIZONS, parseHorizon } from './horizon.ts';

/** How soon: overdue in red, this week in orange, later in grey. */
function DueBadge({ days }: { days: number }) {
  const { t } = useTranslation();
  if (days < 0) return <Badge color="red" variant="light" radius="sm">{t('renewals.overdue', { n: -days })}</Badge>;
  if (days === 0) return <Badge color="orange" variant="filled" radius="sm">{t('renewals.today')}</Badge>;
  return <Badge color={days <= 7 ? 'orange' : 'gray'} variant="light" radius="sm">{t('renewals.inDays', { n: days })}</Badge>;
}

/**
 * Contracts to renew soon (/contracts/renewals): active contracts whose renewal date falls within the
 * chosen horizon (kept in `?days=`), soonest first, those already past their date at the top; each leads
 * to the person, where the call or the visit is logged.
 */
export function RenewalsPage() {
  const { t } = useTranslation();
  const locale = currentLocale();
  const [params, setParams] = useSearchParams();
  const horizon = parseHorizon(params.get('days'));
  const today = todayInTokyo();
  const until = addDays(today, horizon);
  const renewals = useRenewals(until);

  const columns: Column<Contract>[] = [
    {
      key: 'person',
      header: t('renewals.person'),
      render: (c) => (
        <Anchor component={Link} to={`/people/${c.personId}`} fw={600}>
          {c.personName ?? t('renewals.noName')}
        </Anchor>
      ),
    },
    {
      key: 'renewsOn',
      header: t('renewals.renewsOn'),
      render: (c) =>
        c.renewsOn ? (
          <Stack gap={2} align="flex-start">
            <Text size="sm" style={{ whiteSpace: 'nowrap' }}>{formatDate(c.renewsOn, locale)}</Text>
            <DueBadge days={daysUntil(c.renewsOn, today)} />
          </Stack>
        ) : '',
      nowrap: true,
    },
    { key: 'plan', header: t('renewals.plan'), render: (c) => c.plan },
    {
      key: 'amount',
      header: t('renewals.amount'),
      render: (c) => t(`renewals.amountPer.${c.period}`, { formatted: formatNumber(c.amount, locale) }),
      nowrap: true,
    },
    { key: 'startedOn', header: t('renewals.startedOn'), render: (c) => formatDate(c.startedOn, locale), nowrap: true },
  ];

  return (
    <>
      <PageHeader title={t('renewals.title')} description={t('renewals.description', { date: formatDate(until, locale) })} />
      <Stack>
        <SegmentedControl
          value={String(horizon)}
          onChange={(value) => setParams(value === '30' ? {} : { days: value }, { replace: true })}
          data={HORIZONS.map((days) => ({ value: String(days), label: t('renewals.horizon', { n: days }) }))}
          aria-label={t('renewals.horizonLabel')}
          style={{ alignSelf: 'flex-start' }}
        />
        <PagedTable
          query={renewals}
          label={t('renewals.title')}
          columns={columns}
          rowKey={(c) => c.contractId}
          empty={<EmptyPanel icon={IconCalendarCheck} title={t('renewals.emptyTitle', { n: horizon })} description={t('renewals.emptyDescription')} />}
        />
      </Stack>
    </>
  );
}
