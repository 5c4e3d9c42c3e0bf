// The part of a conference's agenda (联席会议议程) a report reads: structural, so the conference
// workflow's AgendaView fits it and reports/ needs nothing of workflows/ (DESIGN §1: reports import machines/ only).
import type { Actor, Conference, Decision } from '../machines';

export interface ReportAgendaItem {
  itemId: string;
  taskNo: string;
  kind: 'milestoneOverdue' | 'assistLate';
  /** milestone id, or the assisting unit that is late */
  subject: string;
  leadUnits: string[];
  raisedAt: string;
  status: 'open' | 'withdrawn' | 'resolved';
  sessionNo: number | null;
  resolution: { decision: Decision; by: Actor; at: string } | null;
}

export interface ReportAgenda {
  conference: Conference;
  open: ReportAgendaItem[];
  closed: ReportAgendaItem[];
  sessions: readonly unknown[];
  nextSessionAt: string | null;
}
