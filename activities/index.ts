// Activities: the only code that touches the world (notifications, agendas, reports).
import type { Config } from '../worker/config';
import type { Logger } from '../worker/logger';

export interface ActivityDeps {
  config: Config;
  logger: Logger;
}

export function createActivities(deps: ActivityDeps) {
  return {
    /** Liveness probe used by the dev stack. */
    async ping(): Promise<string> {
      deps.logger.debug('ping');
      return 'pong';
    },
  };
}

export type Activities = ReturnType<typeof createActivities>;
