import { Badge, Button, Menu, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconBuildingStore, IconCheck, IconPlus, IconSelector } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useSwitchWorkspace } from '../../features/auth/api.ts';
import { CreateWorkspaceModal } from '../../features/workspaces/CreateWorkspaceModal.tsx';
import { useCurrentSession } from '../session.ts';

export function WorkspaceSwitcher({ fullWidth = false }: { fullWidth?: boolean }) {
  const { t } = useTranslation();
  const session = useCurrentSession();
  const navigate = useNavigate();
  const switchWorkspace = useSwitchWorkspace();
  const [creating, { open: openCreate, close: closeCreate }] = useDisclosure(false);

  const choose = (workspaceId: string) => {
    if (workspaceId === session.workspace.workspaceId) return;
    // The page on screen shows the old workspace's records: start the new one from its home.
    switchWorkspace.mutate(workspaceId, { onSuccess: () => void navigate('/') });
  };

  return (
    <>
      <Menu position="bottom-start" width={280} shadow="md" withinPortal>
        <Menu.Target>
          <Button
            variant="default"
            fullWidth={fullWidth}
            justify="space-between"
            leftSection={<IconBuildingStore size={18} stroke={1.6} />}
            rightSection={<IconSelector size={16} />}
            loading={switchWorkspace.isPending}
            aria-label={t('workspace.switcherLabel')}
            maw={fullWidth ? undefined : 280}
            // The name starts at the left like the menu entries below it, not centred.
            styles={{ label: { flex: 1, minWidth: 0 } }}
          >
            <Text span truncate="end" size="sm" fw={600} data-testid="current-workspace">
              {session.workspace.name}
            </Text>
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>{t('workspace.menuLabel')}</Menu.Label>
          {session.workspaces.map((workspace) => (
            <Menu.Item
              key={workspace.workspaceId}
              onClick={() => choose(workspace.workspaceId)}
              leftSection={
                workspace.workspaceId === session.workspace.workspaceId ? <IconCheck size={16} /> : <span style={{ width: 16 }} />
              }
              rightSection={
                <Badge size="xs" variant="light" color="gray">
                  {t(`role.${workspace.role}`)}
                </Badge>
              }
            >
              <Text size="sm" truncate="end">
                {workspace.name}
              </Text>
            </Menu.Item>
          ))}
          <Menu.Divider />
          <Menu.Item leftSection={<IconPlus size={16} />} onClick={openCreate}>
            {t('workspace.create')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <CreateWorkspaceModal opened={creating} onClose={closeCreate} onCreated={() => void navigate('/')} />
    </>
  );
}
