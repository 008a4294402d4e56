import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Navigate, useSearchParams } from 'react-router';
import { submitTo } from '../../app/forms.ts';
import { PublicLayout } from '../../app/layout/PublicLayout.tsx';
import { ApiError } from '../../app/problem.ts';
import { useSession } from '../../app/session.ts';
import { safeNextPath } from '../../app/url.ts';
import { useLogin } from './api.ts';

export function LoginPage() {
  const { t } = useTranslation();
  const session = useSession();
  const [params] = useSearchParams();
  const login = useLogin();
  const form = useForm({
    initialValues: { email: '', password: '' },
    validate: {
      email: (value) => (value.trim() ? null : t('validation.required')),
      password: (value) => (value ? null : t('validation.required')),
    },
  });

  // Signed in (already, or by this form): continue where the user was sent from.
  if (session) return <Navigate to={safeNextPath(params.get('next'))} replace />;

  const submit = submitTo(form, login, (values) => ({ email: values.email.trim(), password: values.password }));
  const problem = login.error instanceof ApiError ? login.error.problem.detail : login.error ? t('errors.unexpected') : null;

  return (
    <PublicLayout title={t('login.title')} description={t('login.description')}>
      <form onSubmit={submit} noValidate>
        <Stack>
          {problem ? (
            <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} role="alert">
              {problem}
            </Alert>
          ) : null}
          <TextInput label={t('fields.email')} type="email" autoComplete="username" required {...form.getInputProps('email')} />
          <PasswordInput label={t('fields.password')} autoComplete="current-password" required {...form.getInputProps('password')} />
          <Button type="submit" loading={login.isPending} fullWidth mt="xs">
            {t('login.submit')}
          </Button>
        </Stack>
      </form>
    </PublicLayout>
  );
}
