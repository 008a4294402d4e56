import { Button, Group, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconChartDots, IconListDetails, IconMapPin, IconPackage, type Icon } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { MIN_PASSWORD, submitTo } from '../../app/forms.ts';
import { LanguageSwitch } from '../../app/LanguageSwitch.tsx';
import { useCurrentSession } from '../../app/session.ts';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { Section } from '../../ui/Section.tsx';
import { useChangePassword, useUpdateMe } from '../auth/api.ts';

function ProfileForm() {
  const { t } = useTranslation();
  const session = useCurrentSession();
  const update = useUpdateMe();
  const form = useForm({
    initialValues: { displayName: session.user.displayName },
    validate: { displayName: (value) => (value.trim() ? null : t('validation.required')) },
  });
  const submit = submitTo(form, update, (values) => ({ displayName: values.displayName.trim() }), () =>
    notifications.show({ color: 'teal', message: t('settings.profileSaved') }),
  );
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <TextInput label={t('fields.email')} value={session.user.email} readOnly variant="filled" />
        <TextInput label={t('fields.displayName')} required {...form.getInputProps('displayName')} />
        <Group justify="flex-end">
          <Button type="submit" loading={update.isPending}>
            {t('ui.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function LanguageForm() {
  const session = useCurrentSession();
  const update = useUpdateMe();
  // Saved at once: the new language shows on the whole page as soon as the server has it.
  return (
    <LanguageSwitch value={session.user.locale} disabled={update.isPending} onChange={(locale) => update.mutate({ locale })} />
  );
}

function PasswordForm() {
  const { t } = useTranslation();
  const change = useChangePassword();
  const form = useForm({
    initialValues: { currentPassword: '', newPassword: '', newPasswordConfirm: '' },
    validate: {
      currentPassword: (value) => (value ? null : t('validation.required')),
      newPassword: (value) => (value.length >= MIN_PASSWORD ? null : t('validation.passwordLength', { min: MIN_PASSWORD })),
      newPasswordConfirm: (value, values) => (value === values.newPassword ? null : t('validation.passwordMismatch')),
    },
  });
  const submit = submitTo(form, change, ({ currentPassword, newPassword }) => ({ currentPassword, newPassword }), () => {
    form.reset();
    notifications.show({ color: 'teal', message: t('settings.passwordChanged') });
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <PasswordInput label={t('settings.currentPassword')} autoComplete="current-password" required {...form.getInputProps('currentPassword')} />
        <PasswordInput
          label={t('settings.newPassword')}
          description={t('validation.passwordLength', { min: MIN_PASSWORD })}
          autoComplete="new-password"
          required
          {...form.getInputProps('newPassword')}
        />
        <PasswordInput label={t('fields.passwordConfirm')} autoComplete="new-password" required {...form.getInputProps('newPasswordConfirm')} />
        <Group justify="flex-end">
          <Button type="submit" loading={change.isPending}>
            {t('settings.changePassword')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** A settings page of the workspace, reached from here: what it is for, and the way there. */
function SubPageLink({ title, help, label, to, icon: LinkIcon }: { title: string; help: string; label: string; to: string; icon: Icon }) {
  return (
    <Section title={title} description={help}>
      <Group justify="flex-end">
        <Button component={Link} to={to} variant="default" leftSection={<LinkIcon size={18} />}>
          {label}
        </Button>
      </Group>
    </Section>
  );
}

export function SettingsPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('nav.settings')} description={t('settings.description')} />
      <Stack maw={640}>
        <Section title={t('settings.profile')} description={t('settings.profileHelp')}>
          <ProfileForm />
        </Section>
        <Section title={t('language.label')} description={t('settings.languageHelp')}>
          <LanguageForm />
        </Section>
        <Section title={t('settings.password')} description={t('settings.passwordHelp')}>
          <PasswordForm />
        </Section>
        <SubPageLink title={t('nav.customFields')} help={t('customFields.settingsHelp')} label={t('customFields.settingsLink')} to="/settings/fields" icon={IconListDetails} />
        <SubPageLink title={t('products.title')} help={t('products.settingsHelp')} label={t('products.settingsLink')} to="/settings/products" icon={IconPackage} />
        <SubPageLink title={t('touchpoints.title')} help={t('touchpoints.settingsHelp')} label={t('touchpoints.settingsLink')} to="/settings/touchpoints" icon={IconMapPin} />
        <SubPageLink title={t('lifecycleRules.title')} help={t('lifecycleRules.settingsHelp')} label={t('lifecycleRules.settingsLink')} to="/settings/lifecycle" icon={IconChartDots} />
      </Stack>
    </>
  );
}
