// Activities: the only code that touches the world (notifications, agendas, escalation to the conference).
import { Context } from '@temporalio/activity';
import type { Config } from '../platform/config';
import type { Logger } from '../platform/logger';
import { conferenceWorkflowId } from '../workflows/ids';
import { escalationSignal, type ConferenceWorkflowInput, type EscalationItem } from '../workflows/messages';
import { deliverResolution } from './deliver';
import { channelFromConfig, type Notice, type NotifyChannel } from './notify';
import { writeAgenda, type AgendaDocument } from './publish';
import { createPublishReport, type PublishReportDeps } from './publish-report';

export interface ActivityDeps {
  config: Config;
  logger: Logger;
  /** overrides the configured channel (tests) */
  channel?: NotifyChannel;
  /** where publishReport gathers its facts (the worker wires in the Temporal-backed source of client/) */
  reportSource: PublishReportDeps['source'];
}

export function createActivities(deps: ActivityDeps) {
  const channel = deps.channel ?? channelFromConfig(deps.config, deps.logger);
  return {
    async notify(notice: Notice): Promise<'sent' | 'duplicate'> {
      return channel(notice);
    },

    /** every notice one event gives, in one call (a retry sends again only what the channel has not deduplicated) */
    async notifyAll(notices: Notice[]): Promise<Array<'sent' | 'duplicate'>> {
      const results: Array<'sent' | 'duplicate'> = [];
      for (const notice of notices) results.push(await channel(notice));
      return results;
    },

    /** 督查通报: gathers facts with the activity's own client, writes md + html, notifies the conference office */
    publishReport: createPublishReport({ config: deps.config, logger: deps.logger, notify: channel, source: deps.reportSource }),

    async publishAgenda(doc: AgendaDocument): Promise<string> {
      const file = await writeAgenda(deps.config.DUBAN_DATA_DIR, doc);
      deps.logger.info({ planId: doc.planId, session: doc.session.no, file }, '联席会议议程已发布');
      return file;
    },

    /** a conference decision to its task, which checks it before the agenda item closes */
    deliverResolution,

    /** Puts an item on the conference agenda, starting the conference workflow if it is not running. */
    async escalateToConference(item: EscalationItem, conference: ConferenceWorkflowInput): Promise<void> {
      const { client, info } = Context.current();
      await client.workflow.signalWithStart('conferenceWorkflow', {
        workflowId: conferenceWorkflowId(item.planId),
        taskQueue: info.taskQueue,
        args: [conference],
        signal: escalationSignal,
        signalArgs: [item],
        staticSummary: `【${conference.conference.name}】${item.planId}`,
      });
    },
  };
}

export type Activities = ReturnType<typeof createActivities>;
