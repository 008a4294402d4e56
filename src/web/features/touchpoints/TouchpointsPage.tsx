import { Button, Group, Paper, Stack, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconMapPin, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { submitTo } from '../../app/forms.ts';
import { Loaded } from '../../app/Loaded.tsx';
import { roleAtLeast, useCurrentSession } from '../../app/session.ts';
import { EmptyPanel } from '../../ui/EmptyPanel.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { useCreateTouchpoint, useMoveTouchpoint, useTouchpoints, useUpdateTouchpoint, type Touchpoint } from './api.ts';
import { positionChanges } from './order.ts';
import { TouchpointRow } from './TouchpointRow.tsx';

/** Adding a touchpoint; a name already in use is refused by the server, and said under the name. */
function AddTouchpoint() {
  const { t } = useTranslation();
  const create = useCreateTouchpoint();
  const form = useForm({ initialValues: { name: '' }, validate: { name: (value) => (value.trim() ? null : t('validation.required')) } });
  const submit = submitTo(form, create, (values) => values.name.trim(), (touchpoint) => {
    form.reset();
    notifications.show({ color: 'teal', message: t('touchpoints.created', { name: touchpoint.name }) });
  });
  return (
    <form onSubmit={submit} noValidate>
      <Group align="flex-start" gap="sm" wrap="nowrap">
        <TextInput
          style={{ flex: 1, minWidth: 0 }}
          label={t('touchpoints.name')}
          placeholder={t('touchpoints.namePlaceholder')}
          maxLength={100}
          autoComplete="off"
          {...form.getInputProps('name')}
        />
        <Button type="submit" mt={25} leftSection={<IconPlus size={18} />} loading={create.isPending}>
          {t('touchpoints.add')}
        </Button>
      </Group>
    </form>
  );
}

/**
 * The touchpoints (/settings/touchpoints): where contacts with customers happen (the shop, an event, the
 * phone …), chosen when an activity is logged. Admins add, rename, order and archive them; an archived one
 * stays on the activities that used it and can be brought back.
 */
export function TouchpointsPage() {
  const { t } = useTranslation();
  const session = useCurrentSession();
  const canEdit = roleAtLeast(session.role, 'admin');
  const touchpoints = useTouchpoints();
  const update = useUpdateTouchpoint();
  const move = useMoveTouchpoint();
  const busy = update.isPending || move.isPending;

  const archive = (touchpoint: Touchpoint, archived: boolean) =>
    update.mutate({ touchpointId: touchpoint.touchpointId, archived }, {
      onSuccess: () =>
        notifications.show({ color: 'teal', message: t(archived ? 'touchpoints.archived' : 'touchpoints.unarchived', { name: touchpoint.name }) }),
    });

  return (
    <>
      <PageHeader title={t('touchpoints.title')} description={canEdit ? t('touchpoints.description') : t('touchpoints.readOnly')} />
      <Stack maw={640}>
        {canEdit ? <AddTouchpoint /> : null}
        <Loaded query={touchpoints}>
          {(all) => {
            const active = all.filter((tp) => !tp.archived).sort((a, b) => a.position - b.position);
            const archived = all.filter((tp) => tp.archived);
            const row = (touchpoint: Touchpoint, index: number) => (
              <TouchpointRow
                key={touchpoint.touchpointId}
                touchpoint={touchpoint}
                canEdit={canEdit}
                busy={busy}
                onRename={(name, done) => update.mutate({ touchpointId: touchpoint.touchpointId, name }, { onSuccess: done })}
                onArchive={(next) => archive(touchpoint, next)}
                onMoveUp={!touchpoint.archived && index > 0 ? () => move.mutate(positionChanges(active, index, -1)) : null}
                onMoveDown={!touchpoint.archived && index < active.length - 1 ? () => move.mutate(positionChanges(active, index, 1)) : null}
              />
            );
            return (
              <Stack gap="lg">
                {active.length === 0 ? (
                  <EmptyPanel icon={IconMapPin} title={t('touchpoints.emptyTitle')} description={canEdit ? t('touchpoints.emptyDescription') : undefined} />
                ) : (
                  <Paper withBorder radius="md" role="list" aria-label={t('touchpoints.title')}>
                    {active.map(row)}
                  </Paper>
                )}
                {archived.length > 0 ? (
                  <Stack gap="xs">
                    <Title order={3} fz="h5" c="dimmed">
                      {t('touchpoints.archivedTitle')}
                    </Title>
                    <Paper withBorder radius="md" role="list" aria-label={t('touchpoints.archivedTitle')}>
                      {archived.map(row)}
                    </Paper>
                  </Stack>
                ) : null}
              </Stack>
            );
          }}
        </Loaded>
      </Stack>
    </>
  );
}
