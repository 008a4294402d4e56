// The contract form's values and the pure steps between them and the API: a contract into the form, the
// form into a create or a version-checked edit, an edit carried over onto a newer version, and a cancellation.
import type { z } from 'zod';
import type { Contract, contractCreateBody, contractPatchBody } from '../../../common/history.ts';
import { wholeNumber } from '../companies/companyForm.ts';

type ContractInput = z.input<typeof contractCreateBody>;
type ContractPatch = z.input<typeof contractPatchBody>;

/** Named as the API names them, so that the server's field errors land on the inputs as they are. */
export interface ContractFormValues {
  plan: string;
  status: Contract['status'];
  /** Dates as date inputs hold them: `YYYY-MM-DD`, or '' when empty. */
  startedOn: string;
  renewsOn: string;
  cancelledOn: string;
  cancelReason: string;
  /** As a number input holds it: a number, or '' when empty. */
  amount: number | string;
  period: Contract['period'];
}

export type ContractField = keyof ContractFormValues;
const FIELDS: ContractField[] = ['plan', 'status', 'startedOn', 'renewsOn', 'cancelledOn', 'cancelReason', 'amount', 'period'];

export function emptyContractValues(today: string): ContractFormValues {
  return { plan: '', status: 'active', startedOn: today, renewsOn: '', cancelledOn: '', cancelReason: '', amount: '', period: 'month' };
}

export function valuesFromContract(c: Contract): ContractFormValues {
  return {
    plan: c.plan, status: c.status, startedOn: c.startedOn, renewsOn: c.renewsOn ?? '', cancelledOn: c.cancelledOn ?? '',
    cancelReason: c.cancelReason ?? '', amount: c.amount, period: c.period,
  };
}

/** A cancellation as the edit form starts it: cancelled, today unless a date was already set. */
export function cancelled(values: ContractFormValues, today: string): ContractFormValues {
  return { ...values, status: 'cancelled', cancelledOn: values.cancelledOn || today };
}

const blank = (text: string) => text.trim() || null;

function apiValues(v: ContractFormValues) {
  return {
    plan: v.plan.trim(), status: v.status, startedOn: v.startedOn, renewsOn: blank(v.renewsOn), cancelledOn: blank(v.cancelledOn),
    cancelReason: blank(v.cancelReason), amount: wholeNumber(v.amount), period: v.period,
  };
}

/** The body of a create: what was filled in (the form requires the plan, the start and the amount). */
export function toCreateBody(values: ContractFormValues): ContractInput {
  const filled = Object.entries(apiValues(values)).filter(([, value]) => value !== null);
  return Object.fromEntries(filled) as ContractInput;
}

export function changedFields(base: ContractFormValues, values: ContractFormValues): ContractField[] {
  const [before, after] = [apiValues(base), apiValues(values)];
  return FIELDS.filter((field) => before[field] !== after[field]);
}

/** The body of an edit: the changed fields only, with the version it was based on. */
export function toPatchBody(base: ContractFormValues, values: ContractFormValues, version: number): ContractPatch {
  const after = apiValues(values);
  return { ...Object.fromEntries(changedFields(base, values).map((field) => [field, after[field]])), version } as ContractPatch;
}

/**
 * Carries an edit over onto a newer version (after a version conflict): the fields the user changed keep
 * what they typed, the others take the newer values; `conflicts` are the fields both changed differently.
 */
export function rebase(base: ContractFormValues, mine: ContractFormValues, theirs: ContractFormValues): { values: ContractFormValues; conflicts: ContractField[] } {
  const theirsChanged = new Set(changedFields(base, theirs));
  const [mineApi, theirsApi] = [apiValues(mine), apiValues(theirs)];
  const values = { ...theirs };
  const conflicts: ContractField[] = [];
  for (const field of changedFields(base, mine)) {
    (values as Record<ContractField, unknown>)[field] = mine[field];
    if (theirsChanged.has(field) && mineApi[field] !== theirsApi[field]) conflicts.push(field);
  }
  return { values, conflicts };
}
