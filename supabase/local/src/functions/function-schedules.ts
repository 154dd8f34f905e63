/**
 * Runs Edge Functions on their schedules (config.toml, `SCHEDULE_<FUNCTION>`), as pg_cron and
 * pg_net do on Supabase: a POST to /functions/v1/<name> with the service role key. Tests call
 * `runScheduledFunction` instead of waiting for the clock.
 */
import { Cron } from 'croner';
import type { StackContext } from '../context.ts';

export function runScheduledFunction(ctx: StackContext, functionName: string): Promise<Response> {
  return fetch(`${ctx.apiUrl}/functions/v1/${functionName}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${ctx.keys.serviceRoleKey}`, 'content-type': 'application/json' },
    body: JSON.stringify({ scheduled_at: new Date().toISOString() }),
  });
}

export function startFunctionSchedules(ctx: StackContext, log: (line: string) => void = () => {}) {
  const jobs = ctx.config.schedules.map(
    ({ functionName, cron }) =>
      // protect: a run still going when the next is due is not started twice.
      new Cron(cron, { timezone: 'Europe/Stockholm', protect: true }, async () => {
        const response = await runScheduledFunction(ctx, functionName).catch((error: Error) => error);
        log(response instanceof Error ? `[schedule] ${functionName} failed: ${response.message}` : `[schedule] ${functionName}: ${response.status} ${await response.text()}`);
      }),
  );
  for (const job of jobs) log(`[schedule] ${job.getPattern()} (Stockholm): next run ${job.nextRun()?.toISOString()}`);
  return { stop: () => jobs.forEach((job) => job.stop()) };
}
