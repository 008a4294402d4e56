import { Button, Checkbox, Divider, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate } from 'react-router';
import { MIN_PASSWORD, submitTo } from '../../app/forms.ts';
import { currentLocale } from '../../app/i18n.ts';
import { LanguageSwitch } from '../../app/LanguageSwitch.tsx';
import { PublicLayout } from '../../app/layout/PublicLayout.tsx';
import { useRunSetup, useSetupStatus } from './api.ts';

export function SetupPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const status = useSetupStatus();
  const setup = useRunSetup();
  const form = useForm({
    initialValues: {
      workspaceName: '',
      displayName: '',
      email: '',
      password: '',
      passwordConfirm: '',
      loadDemo: false,
    },
    validate: {
      workspaceName: (value) => (value.trim() ? null : t('validation.required')),
      displayName: (value) => (value.trim() ? null : t('validation.required')),
      email: (value) => (/^\S+@\S+\.\S+$/.test(value.trim()) ? null : t('validation.email')),
      password: (value) => (value.length >= MIN_PASSWORD ? null : t('validation.passwordLength', { min: MIN_PASSWORD })),
      passwordConfirm: (value, values) => (value === values.password ? null : t('validation.passwordMismatch')),
    },
  });

  if (status.data && !status.data.needed) return <Navigate to="/" replace />;

  const submit = submitTo(
    form,
    setup,
    // The language chosen on this page is the one the page speaks now; it becomes the owner's.
    ({ passwordConfirm: _confirm, ...values }) => ({
      ...values,
      locale: currentLocale(),
      workspaceName: values.workspaceName.trim(),
      displayName: values.displayName.trim(),
      email: values.email.trim(),
    }),
    () => void navigate('/', { replace: true }),
  );

  return (
    <PublicLayout title={t('setup.title')} description={t('setup.description')} wide languageSwitch={false}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput
            label={t('setup.workspaceName')}
            description={t('setup.workspaceNameHelp')}
            required
            {...form.getInputProps('workspaceName')}
          />
          <Divider label={t('setup.ownerSection')} labelPosition="left" mt="xs" />
          <TextInput label={t('fields.displayName')} autoComplete="name" required {...form.getInputProps('displayName')} />
          <TextInput label={t('fields.email')} type="email" autoComplete="email" required {...form.getInputProps('email')} />
          <PasswordInput
            label={t('fields.password')}
            description={t('validation.passwordLength', { min: MIN_PASSWORD })}
            autoComplete="new-password"
            required
            {...form.getInputProps('password')}
          />
          <PasswordInput
            label={t('fields.passwordConfirm')}
            autoComplete="new-password"
            required
            {...form.getInputProps('passwordConfirm')}
          />
          <Stack gap={6}>
            <Text size="sm" fw={500}>
              {t('language.label')}
            </Text>
            <LanguageSwitch value={currentLocale()} onChange={(locale) => void i18n.changeLanguage(locale)} />
          </Stack>
          <Checkbox
            label={t('setup.loadDemo')}
            description={t('setup.loadDemoHelp')}
            {...form.getInputProps('loadDemo', { type: 'checkbox' })}
          />
          <Button type="submit" loading={setup.isPending} fullWidth mt="sm" size="md">
            {t('setup.submit')}
          </Button>
        </Stack>
      </form>
    </PublicLayout>
  );
}
