import { ActionIcon, Autocomplete, Button, Fieldset, Group, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { emptyAccount } from './personForm.ts';
import type { PersonFormHandle } from './usePersonForm.ts';

// The server keeps up to twenty.
const MAX_ROWS = 20;

// The services most shops in Japan meet; any other is typed in as it is called.
const SERVICES = ['line', 'instagram', 'x', 'facebook', 'tiktok', 'app'] as const;

/** SNS and app accounts, each a service (suggested, or typed freely) and the customer's handle on it. */
export function AccountFields({ form }: { form: PersonFormHandle }) {
  const { t } = useTranslation();
  const items = form.values.accounts;
  const services = SERVICES.map((service) => t(`people.services.${service}`));

  return (
    <Fieldset
      variant="unstyled"
      legend={
        // Looks like the labels of the inputs around it (Mantine's are 600 weight).
        <Text span fw={600} size="md">
          {t('people.fields.accounts')}
        </Text>
      }
    >
      <Stack gap="xs">
        {items.map((item, index) => (
          // Service and handle share the row evenly: on a phone a narrower service would cut off 「公式アプリ」 and Instagram.
          <Group key={item.key} gap="xs" wrap="nowrap" align="flex-start">
            <Autocomplete
              style={{ flex: 1, minWidth: 0 }}
              size="md"
              data={services}
              // Customers' details, not the staff's own: the browser must not offer to fill in its user's.
              autoComplete="off"
              aria-label={t('people.fields.serviceN', { n: index + 1 })}
              placeholder={t('people.placeholders.service')}
              {...form.getInputProps(`accounts.${index}.service`)}
            />
            <TextInput
              style={{ flex: 1, minWidth: 0 }}
              size="md"
              autoComplete="off"
              aria-label={t('people.fields.handleN', { n: index + 1 })}
              placeholder={t('people.placeholders.handle')}
              {...form.getInputProps(`accounts.${index}.handle`)}
            />
            <ActionIcon
              variant="subtle"
              color="gray"
              size={42}
              onClick={() => form.removeListItem('accounts', index)}
              aria-label={t('people.remove.account', { n: index + 1 })}
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
            onClick={() => form.insertListItem('accounts', emptyAccount())}
            style={{ alignSelf: 'flex-start' }}
          >
            {t('people.add.account')}
          </Button>
        ) : null}
      </Stack>
    </Fieldset>
  );
}
