import { Button, Group, Modal, Text } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface ConfirmModalProps {
  opened: boolean;
  title: ReactNode;
  message: ReactNode;
  confirmLabel: ReactNode;
  loading?: boolean;
  onConfirm: () => void;
  onClose: () => void;
}

/** Asks before something that cannot be undone (revoking, removing); the confirm button is red. */
export function ConfirmModal({ opened, title, message, confirmLabel, loading, onConfirm, onClose }: ConfirmModalProps) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={title} centered>
      <Text size="sm" mb="lg">
        {message}
      </Text>
      <Group justify="flex-end" gap="sm">
        <Button variant="default" onClick={onClose} disabled={loading}>
          {t('ui.cancel')}
        </Button>
        <Button color="red" onClick={onConfirm} loading={loading}>
          {confirmLabel}
        </Button>
      </Group>
    </Modal>
  );
}

interface TargetMutation<Arg> {
  mutate: (arg: Arg, options: { onSuccess: () => void }) => void;
  isPending: boolean;
}

/**
 * A confirm modal about one record of a list (the key to revoke, the member to remove): `ask` opens it
 * for a record, `modal` goes to ConfirmModal, and confirming runs the mutation on `argOf(record)`. The
 * modal closes once the server has done it, and stays open after a refusal (the notification says why).
 */
export function useConfirm<Target, Arg>(mutation: TargetMutation<Arg>, argOf: (target: Target) => Arg) {
  const [target, setTarget] = useState<Target | null>(null);
  return {
    target,
    ask: (next: Target) => setTarget(next),
    modal: {
      opened: target !== null,
      loading: mutation.isPending,
      onClose: () => setTarget(null),
      onConfirm: () => {
        if (target !== null) mutation.mutate(argOf(target), { onSuccess: () => setTarget(null) });
      },
    },
  };
}
