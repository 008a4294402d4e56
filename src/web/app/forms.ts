// The submit handler every form that sends one request shares: the server's per-field messages go under
// the fields of the Mantine form, those of list items (`phones.1.phone`) too.
import type { SyntheticEvent } from 'react';
import { ApiError, fieldErrors, fieldPaths } from './problem.ts';

/**
 * The server's minimum for a new password (newPassword in src/common/auth.ts), checked in the form too so
 * that it answers before anything is sent.
 */
export const MIN_PASSWORD = 10;

interface FormLike {
  getValues: () => object;
  setErrors: (errors: Record<string, string>) => void;
}

export interface SubmittableForm<Values> extends FormLike {
  onSubmit: (handler: (values: Values) => void) => (event?: SyntheticEvent<HTMLFormElement>) => void;
}

/** The part of a TanStack mutation a form sends through. */
interface FormMutation<Body, Result> {
  mutate: (body: Body, options: { onSuccess?: (result: Result) => void; onError: (error: Error) => void }) => void;
}

function showFieldErrors(form: FormLike, error: unknown): void {
  if (!(error instanceof ApiError)) return;
  const errors = fieldErrors(error.problem, fieldPaths(form.getValues()));
  if (Object.keys(errors).length > 0) form.setErrors(errors);
}

/**
 * The form's submit handler: once the values pass the form's own checks they go to the mutation, and a
 * refusal from the server also shows under the fields it names (the notification alone would not say where).
 */
export function submitTo<Values, Body, Result>(
  form: SubmittableForm<Values>,
  mutation: FormMutation<Body, Result>,
  toBody: (values: Values) => Body,
  onSuccess?: (result: Result) => void,
): (event?: SyntheticEvent<HTMLFormElement>) => void {
  return form.onSubmit((values) => mutation.mutate(toBody(values), { onSuccess, onError: (error) => showFieldErrors(form, error) }));
}
