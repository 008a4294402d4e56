import { Badge, Group, ScrollArea, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FieldOption } from './api.ts';

// Hundreds of options would push the next field far down: the list scrolls within this height.
const MAX_HEIGHT = 240;

/** A choice field's options, read-only, each in its colour. */
export function OptionBadges({ options }: { options: FieldOption[] }) {
  const { t } = useTranslation();
  if (options.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('customFields.noOptions')}
      </Text>
    );
  }
  return (
    <ScrollArea.Autosize mah={MAX_HEIGHT} type="auto">
      <Group gap={6}>
        {options.map((option) => (
          <Badge key={option.optionId} variant="light" color={option.color ?? 'gray'} radius="sm" tt="none">
            {option.label}
          </Badge>
        ))}
      </Group>
    </ScrollArea.Autosize>
  );
}
