// The worker's activities: activities/ with the Temporal-backed ports of client/ wired in (worker/ may import both).
import { createActivities, type Activities, type ActivityDeps } from '../activities';
import { DubanClient } from '../client/duban-client';
import { reportSourceOf } from '../client/report-facts';

export function createWorkerActivities(deps: Omit<ActivityDeps, 'reportSource'>): Activities {
  return createActivities({ ...deps, reportSource: ({ client, taskQueue }) => reportSourceOf(new DubanClient(client, taskQueue)) });
}
