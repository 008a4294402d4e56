import { Modal, NativeSelect, NumberInput, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useForm, type UseFormReturnType } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CONTRACT_PERIODS, CONTRACT_STATUSES } from '../../../common/history.ts';
import { todayInTokyo } from '../../app/format.ts';
import { submitTo } from '../../app/forms.ts';
import { useVersionedEdit } from '../../app/useVersionedEdit.tsx';
import { ModalForm } from '../../ui/ModalForm.tsx';
import { useCreateContract, useLatestContract, useUpdateContract, type Contract } from './api.ts';
import { wholeNumber } from '../companies/companyForm.ts';
import { cancelled, changedFields, emptyContractValues, rebase, toCreateBody, toPatchBody, valuesFromContract, type ContractFormValues } from './contractForm.ts';

type ContractForm = UseFormReturnType<ContractFormValues>;
export type ContractMode = 'create' | 'edit' | 'cancel';

/** The plan, the start and the amount must be there; a cancellation needs its date. The server checks the rest. */
function useContractForm(initialValues: ContractFormValues): ContractForm {
  const { t } = useTranslation();
  const required = t('validation.required');
  return useForm<ContractFormValues>({
    initialValues,
    validate: {
      plan: (value) => (value.trim() ? null : required),
      startedOn: (value) => (value ? null : required),
      amount: (value) => (wholeNumber(value) === null ? required : null),
      cancelledOn: (value, values) => (values.status === 'cancelled' && !value ? required : null),
    },
  });
}

/** The edit form of a cancellation starts cancelled, as of today (see contractForm.cancelled). */
function useCancelForm(initialValues: ContractFormValues): ContractForm {
  return useContractForm(cancelled(initialValues, todayInTokyo()));
}

function ContractFields({ form, mode }: { form: ContractForm; mode: ContractMode }) {
  const { t } = useTranslation();
  const label = (field: keyof ContractFormValues) => t(`contracts.fields.${field}`);
  const cancellation = (
    <>
      <TextInput size="md" type="date" label={label('cancelledOn')} required {...form.getInputProps('cancelledOn')} />
      <Textarea size="md" autosize minRows={2} maxRows={6} label={label('cancelReason')} {...form.getInputProps('cancelReason')} />
    </>
  );
  if (mode === 'cancel') return cancellation;
  return (
    <>
      <TextInput size="md" label={label('plan')} placeholder={t('contracts.planPlaceholder')} required data-autofocus {...form.getInputProps('plan')} />
      <SimpleGrid cols={2} spacing="sm">
        <NumberInput size="md" label={label('amount')} required min={0} thousandSeparator="," allowDecimal={false} hideControls {...form.getInputProps('amount')} />
        <NativeSelect size="md" label={label('period')} data={CONTRACT_PERIODS.map((value) => ({ value, label: t(`contracts.periods.${value}`) }))} {...form.getInputProps('period')} />
        <TextInput size="md" type="date" label={label('startedOn')} required {...form.getInputProps('startedOn')} />
        <TextInput size="md" type="date" label={label('renewsOn')} {...form.getInputProps('renewsOn')} />
      </SimpleGrid>
      {mode === 'edit' ? (
        <NativeSelect size="md" label={label('status')} data={CONTRACT_STATUSES.map((value) => ({ value, label: t(`contracts.statuses.${value}`) }))} {...form.getInputProps('status')} />
      ) : null}
      {form.values.status === 'cancelled' ? cancellation : null}
    </>
  );
}

/** A new contract for the person, starting today unless changed. */
export function CreateContractModal({ personId, opened, onClose }: { personId: string; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const create = useCreateContract(personId);
  const [initial] = useState(() => emptyContractValues(todayInTokyo()));
  const form = useContractForm(initial);
  const close = () => {
    form.reset();
    onClose();
  };
  const submit = submitTo(form, create, toCreateBody, (contract) => {
    notifications.show({ color: 'teal', message: t('contracts.created', { plan: contract.plan }) });
    close();
  });
  return (
    <Modal opened={opened} onClose={close} title={t('contracts.addTitle')} centered>
      <ModalForm onSubmit={submit} onCancel={close} submitLabel={t('contracts.createSubmit')} loading={create.isPending}>
        <ContractFields form={form} mode="create" />
      </ModalForm>
    </Modal>
  );
}

const rules = { valuesOf: valuesFromContract, changedFields, rebase, toPatchBody };

/** Editing or cancelling a contract, checked against the version it started from (see useVersionedEdit). */
function EditContract({ contract, mode, onDone }: { contract: Contract; mode: 'edit' | 'cancel'; onDone: () => void }) {
  const { t } = useTranslation();
  const edit = useVersionedEdit({
    record: contract, rules, useForm: mode === 'cancel' ? useCancelForm : useContractForm,
    update: useUpdateContract(contract), latest: useLatestContract(contract),
    onSaved: (saved) => notifications.show({ color: 'teal', message: t(mode === 'cancel' ? 'contracts.cancelled' : 'contracts.saved', { plan: saved.plan }) }),
    onDone,
    fieldLabel: (field) => t(`contracts.fields.${field}`),
    section: 'contracts',
  });
  return (
    <ModalForm onSubmit={edit.submit} onCancel={onDone} submitLabel={mode === 'cancel' ? t('contracts.cancelSubmit') : t('ui.save')} loading={edit.saving}>
      <ContractFields form={edit.form} mode={mode} />
      {edit.notice}
    </ModalForm>
  );
}

/** The contract being edited or cancelled (null: closed). */
export function EditContractModal({ target, onClose }: { target: { contract: Contract; mode: 'edit' | 'cancel' } | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={target !== null} onClose={onClose} title={target?.mode === 'cancel' ? t('contracts.cancelTitle') : t('contracts.editTitle')} centered>
      {target ? <EditContract key={`${target.contract.contractId}:${target.mode}`} contract={target.contract} mode={target.mode} onDone={onClose} /> : null}
    </Modal>
  );
}
