// One Chinese line per accepted event, for the append-only history; long texts are quoted, not copied.
import { quote } from '../limits';
import type { TaskEvent } from './events';
import { stepSummary, type Assist } from '../handoff';

const decisionText = (e: Extract<TaskEvent, { type: 'RESOLVE' }>): string => {
  const d = e.decision;
  switch (d.kind) {
    case 'extend':
      return `联席会议决定：节点 ${d.milestone} 延期至 ${d.newDue}`;
    case 'reassignLead':
      return `联席会议决定：牵头单位调整为 ${d.leadUnits.join('、')}`;
    case 'order':
      return `联席会议督办令：${quote(d.text)}`;
    case 'waive':
      return `联席会议决定：免除 ${d.unit} 的配合任务`;
    case 'cancel':
      return `联席会议决定：撤销任务（${quote(d.reason)}）`;
  }
};

/** `assists`: the task's handoffs, so a step names its unit as what it is (配合单位 or 成员单位 of a collective) */
export function summarize(e: TaskEvent, assists: readonly Assist[] = []): string {
  const u = e.actor.unit;
  switch (e.type) {
    case 'ISSUE_MEASURES':
      return `${u}出台落实措施：${quote(e.measures)}${e.documentRef === undefined ? '' : `（${e.documentRef}）`}`;
    case 'ACKNOWLEDGE':
      return `${u}确认收到配合任务`;
    case 'START':
      return `${u}启动实施`;
    case 'REPORT_PROGRESS':
      return `${u}报送进展：${quote(e.summary)}${e.percent === undefined ? '' : `（${e.percent}%）`}`;
    case 'CONTRIBUTE':
      return `${u}反馈配合情况：${quote(e.summary)}`;
    case 'SUBMIT':
      return `${u}提交验收：${quote(e.evidence)}`;
    case 'VERIFY':
      return `${u}验收通过${e.note === undefined ? '' : `：${quote(e.note)}`}`;
    case 'RETURN':
      return `${u}退回整改：${quote(e.reason)}`;
    case 'REQUEST_EXTENSION':
      return `${u}申请节点 ${e.milestone} 延期至 ${e.newDue}：${quote(e.reason)}`;
    case 'DECIDE_EXTENSION':
      return `${u}${e.approve ? '批准' : '不批准'}延期申请${e.note === undefined ? '' : `：${quote(e.note)}`}`;
    case 'UPSTREAM_ISSUED':
      return `上级文件 ${e.ref} 已于 ${e.issuedAt} 出台，开始计算时限`;
    case 'SET_DEADLINE':
      return `${u}设定节点 ${e.milestone} 时限为 ${e.due}`;
    case 'RESOLVE':
      return decisionText(e);
    case 'REMIND':
      return `催办：节点 ${e.milestone} 将于 ${e.due} 到期`;
    case 'DEADLINE_PASSED':
      return `节点 ${e.milestone} 已于 ${e.due} 逾期`;
    case 'ESCALATE':
      return `节点 ${e.milestone} 逾期未办，提请联席会议（议题 ${e.itemId}）`;
    case 'CHILD_PLAN': {
      const p = e.progress;
      const done = p.byLifecycle['verified'] ?? 0;
      return p.complete
        ? `下级落实方案 ${p.planId}${p.unit === null ? '' : `（${p.unit}）`}全部完成：${p.total} 项任务已办结`
        : `下级落实方案 ${p.planId}${p.unit === null ? '' : `（${p.unit}）`}进展：${p.total} 项任务，已验收 ${done} 项，逾期 ${p.byColour.yellow + p.byColour.red} 项`;
    }
    case 'ASSIST_TIMER':
      return stepSummary(assists.find((a) => a.unit === e.unit) ?? { unit: e.unit, role: 'assisting', collective: null }, e.deadline, e.step, e.due);
  }
}
