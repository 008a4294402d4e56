// Progress of background work as the web app polls it.
import { z } from 'zod';

export const jobStatusSchema = z.enum(['queued', 'running', 'succeeded', 'failed', 'cancelled']);
export const jobRunSchema = z.object({
  jobRunId: z.string(), kind: z.string(), status: jobStatusSchema,
  done: z.number(), total: z.number().nullable(), attempts: z.number(), error: z.string().nullable(),
  createdAt: z.string(), finishedAt: z.string().nullable(),
});
export type JobRun = z.infer<typeof jobRunSchema>;
export const jobParams = z.strictObject({ jobRunId: z.uuid() });
