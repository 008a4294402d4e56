// Pages before signing in (setup, login, invitation): a centred card under the brand, with a language switch.
import { Box, Center, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../i18n.ts';
import { LanguageSwitch } from '../LanguageSwitch.tsx';

interface PublicLayoutProps {
  title: ReactNode;
  description?: ReactNode;
  children: ReactNode;
  /** Wider card for longer forms (setup). */
  wide?: boolean;
  /** Off where the page has its own language field (setup), so there are not two. */
  languageSwitch?: boolean;
}

export function PublicLayout({ title, description, children, wide = false, languageSwitch = true }: PublicLayoutProps) {
  const { t, i18n } = useTranslation();
  return (
    <Box mih="100dvh" bg="gray.0" py={{ base: 'md', sm: 48 }} px="sm">
      <Center>
        <Stack w="100%" maw={wide ? 560 : 420} gap="lg">
          <Stack gap={2} align="center">
            <Text fw={700} fz={28} c="ai.9" lh={1.2}>
              {t('app.brand')}
            </Text>
            <Text c="dimmed" size="sm">
              {t('app.tagline')}
            </Text>
          </Stack>
          <Paper withBorder shadow="xs" radius="md" p={{ base: 'md', sm: 'xl' }}>
            <Stack gap={4} mb="lg">
              <Title order={1} fz="h3">
                {title}
              </Title>
              {description ? (
                <Text size="sm" c="dimmed">
                  {description}
                </Text>
              ) : null}
            </Stack>
            {children}
          </Paper>
          {languageSwitch ? (
            <Center>
              <LanguageSwitch size="xs" value={currentLocale()} onChange={(locale) => void i18n.changeLanguage(locale)} />
            </Center>
          ) : null}
        </Stack>
      </Center>
    </Box>
  );
}
