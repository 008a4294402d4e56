import { ActionIcon, Alert, Code, CopyButton, Group, Stack, Text, Tooltip } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconCopy } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface SecretRevealProps {
  label: ReactNode;
  value: string;
  /** Why this is shown only once and what to do with it. */
  warning: ReactNode;
}

/** A value shown once (an API key secret, an invitation link) with a copy button. */
export function SecretReveal({ label, value, warning }: SecretRevealProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <Alert color="yellow" variant="light" icon={<IconAlertTriangle size={18} />}>
        {warning}
      </Alert>
      <Text size="sm" fw={600}>
        {label}
      </Text>
      <Group gap="xs" wrap="nowrap" align="center">
        <Code block style={{ flex: 1, minWidth: 0, overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }} data-testid="secret-value">
          {value}
        </Code>
        <CopyButton value={value} timeout={2000}>
          {({ copied, copy }) => (
            <Tooltip label={copied ? t('ui.copied') : t('ui.copy')} withArrow>
              <ActionIcon variant="light" color={copied ? 'teal' : undefined} onClick={copy} aria-label={t('ui.copy')} size="lg">
                {copied ? <IconCheck size={18} /> : <IconCopy size={18} />}
              </ActionIcon>
            </Tooltip>
          )}
        </CopyButton>
      </Group>
    </Stack>
  );
}
