// The worker's activities: activities/ with the Temporal-backed ports of client/ wired in (worker/ may import both).
import { Context } from '@temporalio/activity';
import { createActivities, type Activities, type ActivityDeps } from '../activities';
import { DubanClient } from '../client/duban-client';
import { reportSourceOf } from '../client/report-facts';

export function createWorkerActivities(deps: Omit<ActivityDeps, 'reportSource'>): Activities {
  // called inside the publishReport activity: its context has the worker's client and task queue
  const reportSource = (): ReturnType<ActivityDeps['reportSource']> => reportSourceOf(new DubanClient(Context.current().client, Context.current().info.taskQueue));
  return createActivities({ ...deps, reportSource });
}
