// Hand-built task views and agendas for the report suites (the machine's shapes, filled in by hand).
import type { Assist, Colour, Milestone } from '../../machines';
import type { AgendaItem, AgendaView } from '../../workflows/messages';
import { memberSummaries, membersNote, PolicySchema } from '../../machines';
import type { ChildPlanProgress, ReportView } from '../../reports/child-plans';
import type { PlanOutline, ReportFacts } from '../../reports/model';
import type { UnitKinds } from '../../reports/unit-groups';

type TaskView = ReportView;

const COLOUR_STATE = { green: 'onTrack', blue: 'dueSoon', yellow: 'overdue', red: 'escalated', grey: 'closed' } as const;

export const milestone = (id: string, due: string | null, met: { at: string; late: boolean } | null = null): Milestone => ({
  id,
  kind: id.startsWith('report') ? 'report' : (id.split('-')[0] as Milestone['kind']),
  due,
  metAt: met?.at ?? null,
  late: met?.late ?? false,
  extensions: [],
});

type AssistSpec = Partial<Pick<Assist, 'notifiedAt' | 'acknowledgedAt' | 'contributedAt' | 'waivedAt' | 'role' | 'collective' | 'acknowledgeBy' | 'contributeBy' | 'steps' | 'escalatedItemId'>>;

export const assist = (unit: string, at: AssistSpec = {}): Assist => ({
  unit,
  role: at.role ?? 'assisting',
  collective: at.collective ?? null,
  status: at.waivedAt ? 'waived' : at.contributedAt ? 'contributed' : at.acknowledgedAt ? 'acknowledged' : at.notifiedAt ? 'notified' : 'pending',
  notifiedAt: at.notifiedAt ?? null,
  acknowledgedAt: at.acknowledgedAt ?? null,
  contributedAt: at.contributedAt ?? null,
  waivedAt: at.waivedAt ?? null,
  contribution: at.contributedAt ? '已报送' : null,
  acknowledgeBy: at.acknowledgeBy ?? null,
  contributeBy: at.contributeBy ?? null,
  steps: at.steps ?? { acknowledgement: [], contribution: [] },
  escalatedItemId: at.escalatedItemId ?? null,
});

export interface ViewSpec {
  colour?: Colour;
  lifecycle?: TaskView['state']['lifecycle'];
  leadUnits?: string[];
  assists?: Assist[];
  milestones?: Milestone[];
  escalation?: TaskView['escalation'];
  progress?: TaskView['progress'];
  /** absent: a view from before child plans existed */
  childPlans?: ChildPlanProgress[];
}

export function view(no: string, spec: ViewSpec = {}): TaskView {
  const colour = spec.colour ?? 'green';
  const milestones = spec.milestones ?? [];
  const assists = spec.assists ?? [];
  const open = milestones.filter((m) => m.metAt === null && m.due !== null).sort((a, b) => Date.parse(a.due ?? '') - Date.parse(b.due ?? ''))[0];
  return {
    planId: 'test-plan',
    taskNo: no,
    text: `任务${no}：完善养老服务设施`,
    state: { lifecycle: spec.lifecycle ?? (colour === 'grey' ? 'verified' : 'inProgress.implementing'), supervision: COLOUR_STATE[colour] },
    closed: colour === 'grey',
    colour,
    leadUnits: spec.leadUnits ?? ['市民政局'],
    actingLeads: spec.leadUnits ?? ['市民政局'],
    assists,
    // as the task's view derives them from its handoffs
    members: memberSummaries({ assists }),
    membersNote: membersNote(memberSummaries({ assists })),
    parent: null,
    measures: null,
    progress: spec.progress ?? [],
    evidence: null,
    milestones,
    nextMilestone: open && open.due !== null && colour !== 'grey' ? { id: open.id, kind: open.kind, due: open.due } : null,
    extensionRequest: null,
    escalation: spec.escalation ?? null,
    orders: [],
    history: [],
    historyCount: 0,
    childPlans: spec.childPlans ?? [],
  };
}

export const agendaItem = (itemId: string, taskNo: string, subject: string, status: AgendaItem['status']): AgendaItem => ({
  itemId,
  planId: 'test-plan',
  taskNo,
  taskWorkflowId: `task:test-plan:${taskNo}`,
  kind: 'milestoneOverdue',
  subject,
  due: '2025-03-31T23:59:59+08:00',
  leadUnits: ['市民政局'],
  summary: `任务${taskNo}逾期`,
  raisedAt: '2025-04-15T00:00:00Z',
  status,
  sessionNo: status === 'open' ? null : 1,
  resolution: status === 'resolved' ? { decision: { kind: 'order', text: '限期整改' }, by: { unit: '市政府', role: 'conference' }, at: '2025-05-01T00:00:00Z' } : null,
});

export const agenda = (items: AgendaItem[]): AgendaView => ({
  planId: 'test-plan',
  conference: { name: '养老服务联席会议', convener: '市政府', office: '市民政局', members: [], origin: 'default' },
  open: items.filter((i) => i.status === 'open'),
  closed: items.filter((i) => i.status !== 'open'),
  sessions: [{ no: 1, heldAt: '2025-05-01T00:00:00Z', convenedBy: 'cadence', items: [] }],
  nextSessionAt: '2025-07-01T00:00:00Z',
});

/** the units a task names as assisting, as its plan lists them: a collective once, not its members */
const namedAssisting = (v: TaskView): string[] => [
  ...new Set([...v.assists.filter((a) => a.collective === null).map((a) => a.unit), ...v.assists.flatMap((a) => (a.role === 'assisting' && a.collective !== null ? [a.collective] : []))]),
];

export const outline = (views: TaskView[], unitKinds: UnitKinds = {}): PlanOutline => ({
  id: 'test-plan',
  title: '测试市养老服务任务分工',
  conferenceName: '养老服务联席会议',
  office: '市民政局',
  policy: PolicySchema.parse({}),
  tasks: views.map((v, i) => ({ no: v.taskNo, section: i < 2 ? '一、主要任务' : '二、保障措施', assistingUnits: namedAssisting(v), schedule: '2025年一季度出台具体措施' })),
  unitKinds,
});

export const facts = (views: TaskView[], items: AgendaItem[] = [], asOf = '2025-06-30', unitKinds: UnitKinds = {}): ReportFacts => ({
  plan: outline(views, unitKinds),
  views,
  agenda: agenda(items),
  asOf,
  generatedAt: '2025-06-30T10:00:00.000Z',
});

/** a small plan with every colour: 1 escalated, 2 overdue, 3 due soon, 4 on track, 5 verified */
export function sampleViews(): TaskView[] {
  return [
    view('1', { colour: 'red', milestones: [milestone('measures', '2025-03-31T23:59:59+08:00')], escalation: { itemId: 'item-1', milestone: 'measures', due: '2025-03-31T23:59:59+08:00', at: '2025-04-15T00:00:00Z' } }),
    view('2', { colour: 'yellow', leadUnits: ['市财政局'], milestones: [milestone('complete', '2025-06-20T23:59:59+08:00')], assists: [assist('市民政局', { notifiedAt: '2025-05-05T09:00:00+08:00', acknowledgedAt: '2025-05-06T09:00:00+08:00' })] }),
    view('3', { colour: 'blue', leadUnits: ['市财政局'], milestones: [milestone('measures', '2025-01-31T23:59:59+08:00', { at: '2025-01-20T10:00:00+08:00', late: false }), milestone('complete', '2025-07-15T23:59:59+08:00')] }),
    view('4', { colour: 'green', leadUnits: ['市住建委'], milestones: [milestone('complete', '2025-12-31T23:59:59+08:00')] }),
    view('5', { colour: 'grey', leadUnits: ['市住建委'], milestones: [milestone('complete', '2025-02-28T23:59:59+08:00', { at: '2025-03-05T10:00:00+08:00', late: true })] }),
  ];
}
