import { Button, Group, Modal, Stack } from '@mantine/core';
import type { UseMutationResult } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { ModalForm } from '../ui/ModalForm.tsx';
import { SecretReveal } from '../ui/SecretReveal.tsx';
import { submitTo, type SubmittableForm } from './forms.ts';

interface RevealOnceModalProps<Values, Body, Result> {
  opened: boolean;
  onClose: () => void;
  title: ReactNode;
  form: SubmittableForm<Values> & { reset: () => void };
  mutation: Pick<UseMutationResult<Result, Error, Body>, 'mutate' | 'reset' | 'isPending'>;
  toBody: (values: Values) => Body;
  /** The value in the server's answer that is shown once. */
  reveal: (result: Result) => string;
  revealLabel: ReactNode;
  warning: ReactNode;
  doneLabel: ReactNode;
  submitLabel: ReactNode;
  /** Ignore clicks beside the modal while the value shows, so that one stray click cannot lose it. */
  holdReveal?: boolean;
  /** The form's fields. */
  children: ReactNode;
}

/**
 * Creates something whose secret part the server hands out only once (an API key, an invitation link):
 * the form gives way to the value with a copy button, and closing clears both for the next time.
 */
export function RevealOnceModal<Values, Body, Result>({
  opened,
  onClose,
  title,
  form,
  mutation,
  toBody,
  reveal,
  revealLabel,
  warning,
  doneLabel,
  submitLabel,
  holdReveal = false,
  children,
}: RevealOnceModalProps<Values, Body, Result>) {
  const [secret, setSecret] = useState<string | null>(null);

  const close = () => {
    form.reset();
    setSecret(null);
    mutation.reset();
    onClose();
  };
  const submit = submitTo(form, mutation, toBody, (result) => setSecret(reveal(result)));

  return (
    <Modal opened={opened} onClose={close} title={title} centered size="lg" closeOnClickOutside={!holdReveal || secret === null}>
      {secret ? (
        <Stack>
          <SecretReveal label={revealLabel} value={secret} warning={warning} />
          <Group justify="flex-end">
            <Button onClick={close}>{doneLabel}</Button>
          </Group>
        </Stack>
      ) : (
        <ModalForm onSubmit={submit} onCancel={close} submitLabel={submitLabel} loading={mutation.isPending}>
          {children}
        </ModalForm>
      )}
    </Modal>
  );
}
