// Puts the server's per-field messages under the fields of a Mantine form.
import { ApiError, fieldErrors } from './problem.ts';

interface FormLike {
  getValues: () => object;
  setErrors: (errors: Record<string, string>) => void;
}

export function showFieldErrors(form: FormLike, error: unknown): void {
  if (!(error instanceof ApiError)) return;
  const errors = fieldErrors(error.problem, Object.keys(form.getValues()));
  if (Object.keys(errors).length > 0) form.setErrors(errors);
}
