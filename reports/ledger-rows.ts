// The ledger's rows (台账): one per task, every field a supervisor filters on, in the plan's order. Pure.
import type { Colour } from '../machines';
import type { ReportView } from './child-plans';
import type { ReportAgenda } from './agenda';
import { shanghaiDateOf as shanghaiDate } from '../machines';
import { COLOUR_LABEL, STATE_LABEL, milestoneLabel } from './labels';
import { namedAssisting, unitsWithMembers } from './member-rows';
import type { PlanOutline } from './model';

export interface LedgerRow {
  no: string;
  section: string;
  text: string;
  /** a collective as named, with its members' counts (`各市政府（14个成员单位：已报告10，逾期3，免除1）`) */
  leadUnits: string;
  assistingUnits: string;
  /** 时间进度 as written in the document */
  schedule: string;
  nextMilestone: string;
  /** YYYY-MM-DD, or empty */
  due: string;
  state: string;
  colour: Colour;
  colourLabel: string;
  lastProgress: string;
  conferenceItem: string;
}

export const LEDGER_COLUMNS: readonly { key: keyof LedgerRow; header: string; width: number }[] = [
  { key: 'no', header: '编号', width: 8 },
  { key: 'section', header: '部分', width: 18 },
  { key: 'text', header: '任务内容', width: 60 },
  { key: 'leadUnits', header: '牵头单位', width: 24 },
  { key: 'assistingUnits', header: '配合单位', width: 36 },
  { key: 'schedule', header: '时间进度（原文）', width: 30 },
  { key: 'nextMilestone', header: '下一节点', width: 14 },
  { key: 'due', header: '到期日', width: 12 },
  { key: 'state', header: '状态', width: 12 },
  { key: 'colourLabel', header: '督办等级', width: 14 },
  { key: 'lastProgress', header: '最近进展', width: 40 },
  { key: 'conferenceItem', header: '联席会议事项', width: 26 },
];

function conferenceItemOf(view: ReportView, agenda: ReportAgenda | null): string {
  const items = agenda ? [...agenda.open, ...agenda.closed].filter((i) => i.taskNo === view.taskNo) : [];
  const open = items.filter((i) => i.status === 'open');
  if (open.length > 0) return open.map((i) => `${i.itemId}（待议）`).join('；');
  if (view.escalation) return `${view.escalation.itemId}（待议）`;
  const last = items.at(-1);
  return last ? `${last.itemId}（${last.status === 'resolved' ? '已决定' : '已撤回'}）` : '';
}

export function buildLedgerRows(plan: PlanOutline, views: readonly ReportView[], agenda: ReportAgenda | null): LedgerRow[] {
  const outline = new Map(plan.tasks.map((t) => [t.no, t]));
  return views.map((v) => {
    const t = outline.get(v.taskNo);
    const next = v.nextMilestone;
    const last = v.progress.at(-1);
    const kind = next ? (v.milestones.find((m) => m.id === next.id)?.kind ?? next.kind) : null;
    return {
      no: v.taskNo,
      section: t?.section ?? '',
      text: v.text,
      leadUnits: unitsWithMembers(v.leadUnits, v, 'lead'),
      assistingUnits: unitsWithMembers(t?.assistingUnits ?? namedAssisting(v), v, 'assisting'),
      schedule: t?.schedule ?? '',
      nextMilestone: next && kind ? milestoneLabel(next.id, kind) : '',
      due: next ? shanghaiDate(next.due) : '',
      state: STATE_LABEL[v.state.lifecycle],
      colour: v.colour,
      colourLabel: COLOUR_LABEL[v.colour],
      lastProgress: last ? `${shanghaiDate(last.at)} ${last.unit}：${last.summary}${last.percent === null ? '' : `（${last.percent}%）`}` : '',
      conferenceItem: conferenceItemOf(v, agenda),
    };
  });
}
