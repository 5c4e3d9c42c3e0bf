// The port a report publisher gathers its facts through; the worker wires in the Temporal-backed one.
import type { ReportFacts } from './model';

export interface ReportSource {
  /** the facts of one plan's report; asOf is YYYY-MM-DD (Asia/Shanghai), default today */
  gather(planId: string, opts: { asOf?: string }): Promise<ReportFacts>;
}

/** The source cannot answer and will not on a retry (e.g. a server without visibility lists). */
export class ReportSourceUnavailable extends Error {
  readonly code = 'REPORT_SOURCE_UNAVAILABLE';
  constructor(message: string) {
    super(message);
    this.name = 'ReportSourceUnavailable';
  }
}
