import { useQuery } from '@tanstack/react-query';
import type { JobRun } from '../../../common/jobs.ts';
import { api } from '../../app/api.ts';

export function isFinished(job: JobRun): boolean {
  return job.status === 'succeeded' || job.status === 'failed' || job.status === 'cancelled';
}

// The last background job started from this tab, per workspace, so the home page can follow it after
// a reload; sessionStorage because a job is only interesting while someone is waiting for it.
const storageKey = (workspaceId: string) => `daifuku.job.${workspaceId}`;

export function rememberJob(workspaceId: string, jobRunId: string): void {
  try {
    sessionStorage.setItem(storageKey(workspaceId), jobRunId);
  } catch {
    // Without storage the progress is still shown until the page is reloaded.
  }
}

export function rememberedJob(workspaceId: string): string | null {
  try {
    return sessionStorage.getItem(storageKey(workspaceId));
  } catch {
    return null;
  }
}

/** Follows a job, asking again every second until it has finished. */
export function useJob(jobRunId: string | null) {
  return useQuery({
    queryKey: ['jobs', jobRunId],
    queryFn: () => api.get<JobRun>(`/api/jobs/${encodeURIComponent(jobRunId ?? '')}`),
    enabled: jobRunId !== null,
    refetchInterval: (query) => (query.state.data && isFinished(query.state.data) ? false : 1000),
    retry: false,
  });
}
