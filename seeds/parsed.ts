// The shape every layout parser produces before units, overrides and conference are resolved into a Plan.
import type { ScheduleSpec } from '../machines/schedule';
import type { UnitMention } from './unit-list';

export type Layout = 'numberedCells' | 'rowTable' | 'prose';

export interface ParsedTask {
  no: string;
  printedNo: string | null;
  inferredNo: boolean;
  section: string | null;
  text: string;
  leads: UnitMention[]; // 牵头单位, first is primary
  assisting: UnitMention[]; // 配合单位
  measures: string | null; // 落实措施
  scheduleRaw: string;
  schedule: ScheduleSpec;
  line: number;
  cells: string[];
}

/** What a document says about its joint conference (联席会议), when it says anything. */
export interface ParsedConference {
  name: string;
  convener: string;
  office: string | null;
  line: number;
  raw: string;
}

export interface ParsedDocument {
  layout: Layout;
  title: string;
  issuer: string | null;
  issuedOn: string | null;
  sections: { id: string; title: string }[];
  tasks: ParsedTask[];
  conference: ParsedConference | null;
}
