import { Alert, Button, Group, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertCircle } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { MIN_PASSWORD, submitTo } from '../../app/forms.ts';
import { PublicLayout } from '../../app/layout/PublicLayout.tsx';
import { Loaded } from '../../app/Loaded.tsx';
import { RoleBadge } from '../members/RoleBadge.tsx';
import { useAcceptInvitation, useInvitationPreview, type InvitationPreview } from './api.ts';

/** One line of what the invitation is for: the label on the left, the value on the right. */
function SummaryRow({ label, children }: { label: ReactNode; children: ReactNode }) {
  return (
    <Group justify="space-between" wrap="nowrap" gap="xs">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      {children}
    </Group>
  );
}

function AcceptForm({ token, preview }: { token: string; preview: InvitationPreview }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const accept = useAcceptInvitation();
  const { existingUser } = preview;
  const form = useForm({
    initialValues: { displayName: '', password: '' },
    validate: {
      // A new user names themselves and chooses a password; someone with an account only proves it is theirs.
      displayName: (value) => (existingUser || value.trim() ? null : t('validation.required')),
      password: (value) => {
        if (existingUser) return value ? null : t('validation.required');
        return value.length >= MIN_PASSWORD ? null : t('validation.passwordLength', { min: MIN_PASSWORD });
      },
    },
  });

  const submit = submitTo(
    form,
    accept,
    (values) => (existingUser ? { token, password: values.password } : { token, displayName: values.displayName.trim(), password: values.password }),
    () => void navigate('/', { replace: true }),
  );

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Stack gap={6} p="sm" bg="gray.0" style={{ borderRadius: 'var(--mantine-radius-sm)' }}>
          <SummaryRow label={t('invitations.accept.workspace')}>
            <Text size="sm" fw={600} ta="right" data-testid="invite-workspace">
              {preview.workspaceName}
            </Text>
          </SummaryRow>
          <SummaryRow label={t('fields.email')}>
            <Text size="sm" ta="right" style={{ overflowWrap: 'anywhere' }}>
              {preview.email}
            </Text>
          </SummaryRow>
          <SummaryRow label={t('fields.role')}>
            <RoleBadge role={preview.role} />
          </SummaryRow>
        </Stack>
        <Text size="sm">{existingUser ? t('invitations.accept.existingHelp') : t('invitations.accept.newHelp')}</Text>
        {existingUser ? null : (
          <TextInput label={t('fields.displayName')} autoComplete="name" required {...form.getInputProps('displayName')} />
        )}
        <PasswordInput
          label={t('fields.password')}
          description={existingUser ? undefined : t('validation.passwordLength', { min: MIN_PASSWORD })}
          autoComplete={existingUser ? 'current-password' : 'new-password'}
          required
          {...form.getInputProps('password')}
        />
        <Button type="submit" loading={accept.isPending} fullWidth>
          {t('invitations.accept.submit')}
        </Button>
      </Stack>
    </form>
  );
}

/** The page an invitation link opens; works signed out, and replaces any session of this browser. */
export function AcceptInvitationPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const preview = useInvitationPreview(token);

  if (preview.isError) {
    return (
      <PublicLayout title={t('invitations.accept.title')}>
        <Stack>
          <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />}>
            {preview.error.message || t('errors.unexpected')}
          </Alert>
          <Button component={Link} to="/login" variant="default" fullWidth>
            {t('notFound.login')}
          </Button>
        </Stack>
      </PublicLayout>
    );
  }
  return (
    <PublicLayout title={t('invitations.accept.title')} description={t('invitations.accept.description')}>
      <Loaded query={preview}>{(data) => <AcceptForm token={token} preview={data} />}</Loaded>
    </PublicLayout>
  );
}
