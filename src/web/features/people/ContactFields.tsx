import { ActionIcon, Button, Fieldset, Group, Radio, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { emptyEmail, emptyPhone } from './personForm.ts';
import type { PersonFormHandle } from './usePersonForm.ts';

// The server keeps up to ten of each.
const MAX_ROWS = 10;

const LISTS = {
  phones: { field: 'phone', type: 'tel', inputMode: 'tel', empty: emptyPhone },
  emails: { field: 'email', type: 'email', inputMode: 'email', empty: emptyEmail },
} as const;

/**
 * Several phone numbers or email addresses, one of them the main one (the radio, shown once there are
 * two). Removing the main one makes the first of the rest the main one, as the server would.
 */
export function ContactList({ form, list }: { form: PersonFormHandle; list: keyof typeof LISTS }) {
  const { t } = useTranslation();
  const { field, type, inputMode, empty } = LISTS[list];
  const items = form.values[list];
  const several = items.length > 1;

  const makePrimary = (index: number) => items.forEach((_, i) => form.setFieldValue(`${list}.${i}.isPrimary`, i === index));
  const remove = (index: number) => {
    const wasPrimary = items[index]?.isPrimary ?? false;
    form.removeListItem(list, index);
    if (wasPrimary && items.length > 1) form.setFieldValue(`${list}.0.isPrimary`, true);
  };

  return (
    <Fieldset
      variant="unstyled"
      legend={
        // Looks like the labels of the inputs around it (Mantine's are 600 weight).
        <Text span fw={600} size="md">
          {t(`people.fields.${list}`)}
        </Text>
      }
    >
      <Stack gap="xs">
        {several ? (
          <Text size="xs" c="dimmed">
            {t('people.primaryHelp')}
          </Text>
        ) : null}
        {items.map((item, index) => (
          <Group key={item.key} gap="xs" wrap="nowrap" align="flex-start">
            {several ? (
              <Radio
                name={`${list}-primary`}
                checked={item.isPrimary}
                onChange={() => makePrimary(index)}
                aria-label={t('people.makePrimary', { n: index + 1 })}
                size="md"
                mt={9}
              />
            ) : null}
            <TextInput
              style={{ flex: 1, minWidth: 0 }}
              size="md"
              type={type}
              inputMode={inputMode}
              // Customers' details, not the staff's own: the browser must not offer to fill in its user's.
              autoComplete="off"
              aria-label={t(`people.fields.${field}N`, { n: index + 1 })}
              placeholder={t(`people.placeholders.${field}`)}
              {...form.getInputProps(`${list}.${index}.${field}`)}
            />
            <ActionIcon
              variant="subtle"
              color="gray"
              size={42}
              onClick={() => remove(index)}
              aria-label={t(`people.remove.${field}`, { n: index + 1 })}
            >
              <IconTrash size={20} />
            </ActionIcon>
          </Group>
        ))}
        {items.length < MAX_ROWS ? (
          <Button
            variant="subtle"
            size="md"
            leftSection={<IconPlus size={18} />}
            onClick={() => form.insertListItem(list, empty(items.length === 0))}
            style={{ alignSelf: 'flex-start' }}
          >
            {t(`people.add.${field}`)}
          </Button>
        ) : null}
      </Stack>
    </Fieldset>
  );
}
