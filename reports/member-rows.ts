// The bulletin's lines on collectives (各市、县（市、区）政府): per task and collective, how many members are where. Pure.
import type { MemberSummary, ShareRole } from '../machines';
import type { ReportView } from './child-plans';

export interface MemberRow extends MemberSummary {
  taskNo: string;
  text: string;
  /** `14个成员单位：已完成10，逾期3，免除1` — what a reader of one line needs */
  note: string;
}

/** `14个成员单位：已完成10，逾期3，免除1`; counts that are zero are left out, the total never */
export function memberCountsText(s: MemberSummary): string {
  const done = s.role === 'lead' ? '已报告' : '已反馈';
  const parts: [string, number][] = [
    [done, s.done],
    // a leading member is acknowledged from the start: for it, that state means the work is under way
    [s.role === 'lead' ? '办理中' : '已签收', s.acknowledged],
    ['待签收', s.notified],
    ['逾期', s.late],
    ['提请联席会议', s.escalated],
    ['免除', s.waived],
  ];
  const shown = parts.filter(([, n]) => n > 0).map(([label, n]) => `${label}${n}`);
  return `${s.total}个成员单位${shown.length > 0 ? `：${shown.join('，')}` : ''}`;
}

/** one row per task and collective, in the order of the views given */
export const memberRows = (views: readonly ReportView[]): MemberRow[] =>
  views.flatMap((v) => v.members.map((s) => ({ ...s, lateUnits: [...s.lateUnits], taskNo: v.taskNo, text: v.text, note: memberCountsText(s) })));

/** a task's assisting units as the plan names them: a collective once, not each of its members */
export function namedAssisting(v: ReportView): string[] {
  const collectives = v.members.filter((s) => s.role === 'assisting').map((s) => s.collective);
  return [...new Set([...v.assists.filter((a) => a.collective === null).map((a) => a.unit), ...collectives])];
}

/** units as a ledger cell lists them: an expanded collective with its members' counts, not fourteen names */
export function unitsWithMembers(units: readonly string[], v: ReportView, role: ShareRole): string {
  return units
    .map((u) => {
      const s = v.members.find((m) => m.collective === u && m.role === role);
      return s ? `${u}（${memberCountsText(s)}）` : u;
    })
    .join('、');
}
