// Where an import stands, as the page's steps: ファイル選択 → 項目の対応 → 確認 → 取り込み.
import type { Import } from '../../../common/imports.ts';

export const IMPORT_STEPS = ['file', 'mapping', 'check', 'run'] as const;
export type ImportStep = (typeof IMPORT_STEPS)[number];
export type ImportStatus = Import['status'];

/** Statuses while a background job works on the import: the page polls until they change. */
const BUSY: readonly ImportStatus[] = ['checking', 'running', 'undoing'];

export function isBusy(status: ImportStatus): boolean {
  return BUSY.includes(status);
}

/**
 * The step the import is at. A failure belongs to the step it failed in: the check (nothing was written,
 * so the mapping can be corrected) or the run (something may have been, and it is shown with its result).
 */
export function stepOf(imp: Pick<Import, 'status' | 'result'>): ImportStep {
  switch (imp.status) {
    case 'uploaded':
      return 'mapping';
    case 'checking':
    case 'checked':
      return 'check';
    case 'failed':
      return imp.result ? 'run' : 'mapping';
    default:
      return 'run';
  }
}

/** Whether every step is behind: the rows were written (an undo is a new story told on the same page). */
export function allStepsDone(status: ImportStatus): boolean {
  return status === 'done' || status === 'undoing' || status === 'undone';
}

export type RunStatus = 'running' | 'done' | 'failed' | 'cancelled' | 'undoing' | 'undone';

/** The run step's status; the steps before it have none of their own here (the page does not show them then). */
export function runStatus(status: ImportStatus): RunStatus {
  return status === 'done' || status === 'failed' || status === 'cancelled' || status === 'undoing' || status === 'undone' ? status : 'running';
}

/** Statuses after which people were written or removed, so the lists showing them are out of date. */
export function peopleChanged(status: ImportStatus): boolean {
  return ['done', 'cancelled', 'undone', 'failed'].includes(status);
}
