import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../app/format.ts';
import { currentLocale } from '../../app/i18n.ts';
import { describeError } from '../../app/problem.ts';
import { roleAtLeast, useCurrentSession } from '../../app/session.ts';
import { LoadMore } from '../../ui/LoadMore.tsx';
import { QueryState } from '../../ui/QueryState.tsx';
import { Section } from '../../ui/Section.tsx';
import { useContracts, type Contract } from './api.ts';
import { CreateContractModal, EditContractModal } from './ContractForm.tsx';
import { formatYen } from './timeline.ts';

const STATUS_COLORS: Record<Contract['status'], string> = { active: 'teal', cancelled: 'red', ended: 'gray' };

interface ContractCardProps {
  contract: Contract;
  /** Edit and cancel, for members. */
  onChange?: (mode: 'edit' | 'cancel') => void;
}

function ContractCard({ contract, onChange }: ContractCardProps) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const dates = [
    t('contracts.startedOn', { date: formatDate(contract.startedOn, locale) }),
    contract.renewsOn && contract.status === 'active' ? t('contracts.renewsOn', { date: formatDate(contract.renewsOn, locale) }) : null,
    contract.cancelledOn ? t('contracts.cancelledOn', { date: formatDate(contract.cancelledOn, locale) }) : null,
  ].filter(Boolean);
  return (
    <Paper component="li" withBorder radius="md" p="sm" data-testid="contract">
      <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
        <Text fw={700} style={{ overflowWrap: 'anywhere' }}>
          {contract.plan}
        </Text>
        <Badge variant="light" radius="sm" color={STATUS_COLORS[contract.status]} style={{ flexShrink: 0 }}>
          {t(`contracts.statuses.${contract.status}`)}
        </Badge>
      </Group>
      <Text size="sm" fw={500}>
        {t(`contracts.amountPer.${contract.period}`, { amount: formatYen(contract.amount, locale) })}
      </Text>
      <Text size="sm" c="dimmed">
        {dates.join(' · ')}
      </Text>
      {contract.cancelReason ? (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {contract.cancelReason}
        </Text>
      ) : null}
      {onChange ? (
        <Group gap="xs" mt="xs">
          <Button size="compact-md" variant="default" aria-label={t('contracts.editLabel', { plan: contract.plan })} onClick={() => onChange('edit')}>
            {t('contracts.edit')}
          </Button>
          {contract.status === 'active' ? (
            <Button size="compact-md" variant="subtle" color="red" aria-label={t('contracts.cancelLabel', { plan: contract.plan })} onClick={() => onChange('cancel')}>
              {t('contracts.cancel')}
            </Button>
          ) : null}
        </Group>
      ) : null}
    </Paper>
  );
}

/** The person's contracts and subscriptions, newest first: what, how much, since and until when; members add, edit and cancel. */
export function ContractsSection({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const session = useCurrentSession();
  const contracts = useContracts(personId);
  const [adding, setAdding] = useState(false);
  const [target, setTarget] = useState<{ contract: Contract; mode: 'edit' | 'cancel' } | null>(null);
  const canEdit = roleAtLeast(session.role, 'member');
  const items = contracts.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <Section title={t('contracts.title')}>
      <Stack gap="sm">
        {contracts.data === undefined ? (
          <QueryState error={contracts.isError ? describeError(contracts.error, t('errors.unexpected')) : null} onRetry={() => void contracts.refetch()} />
        ) : items.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('contracts.empty')}
          </Text>
        ) : (
          <Stack component="ul" gap="xs" m={0} p={0} style={{ listStyle: 'none' }}>
            {items.map((contract) => (
              <ContractCard key={contract.contractId} contract={contract} onChange={canEdit ? (mode) => setTarget({ contract, mode }) : undefined} />
            ))}
          </Stack>
        )}
        <LoadMore hasMore={contracts.hasNextPage} loading={contracts.isFetchingNextPage} onLoad={() => void contracts.fetchNextPage()} />
        {canEdit ? (
          <Button variant="light" leftSection={<IconPlus size={18} />} style={{ alignSelf: 'flex-start' }} onClick={() => setAdding(true)}>
            {t('contracts.add')}
          </Button>
        ) : null}
      </Stack>
      {canEdit ? <CreateContractModal personId={personId} opened={adding} onClose={() => setAdding(false)} /> : null}
      <EditContractModal target={target} onClose={() => setTarget(null)} />
    </Section>
  );
}
