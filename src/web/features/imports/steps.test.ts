import { describe, expect, it } from 'vitest';
import { IMPORT_STATUSES } from '../../../common/imports.ts';
import { allStepsDone, isBusy, runStatus, stepOf } from './steps.ts';

const result = { rowsDone: 10, created: 8, updated: 2, merged: 0, skipped: 0, invalid: 0 };

describe('where an import stands', () => {
  it('puts each status at its step', () => {
    const steps = Object.fromEntries(IMPORT_STATUSES.map((status) => [status, stepOf({ status, result: null })]));
    expect(steps).toEqual({
      uploaded: 'mapping', checking: 'check', checked: 'check', running: 'run', done: 'run',
      failed: 'mapping', cancelled: 'run', undoing: 'run', undone: 'run',
    });
  });

  it('shows a run that failed with what it wrote, and a check that failed at the mapping', () => {
    expect(stepOf({ status: 'failed', result })).toBe('run');
    expect(stepOf({ status: 'failed', result: null })).toBe('mapping');
  });

  it('polls only while a job works on it, and counts every step done once rows were written', () => {
    expect(IMPORT_STATUSES.filter(isBusy)).toEqual(['checking', 'running', 'undoing']);
    expect(IMPORT_STATUSES.filter(allStepsDone)).toEqual(['done', 'undoing', 'undone']);
  });

  it('names the run step after its own statuses', () => {
    expect(IMPORT_STATUSES.map(runStatus)).toEqual(['running', 'running', 'running', 'running', 'done', 'failed', 'cancelled', 'undoing', 'undone']);
  });
});
