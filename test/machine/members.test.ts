// Collectives in the task machine: each member of 各市、县（市、区）政府 is answerable on its own — its own handoff,
// deadline, lateness and escalation — and a task led by a collective waits for every member's report.
import { describe, expect, it } from 'vitest';
import { applyEvent, createTaskSnapshot, openingCommands, planTimer, sharesOf, taskView, timerEvent, transitionResult, type Task, type TaskPlanInput, type TaskSnapshot } from '../../machines';
import { seed, seedTask } from '../support/seeds';
import { loadPlan } from '../../client/load';

// 辽宁省's fourteen prefecture-level cities (GB/T 2260), written here from the divisions, not from the importer
const LIAONING_CITIES = ['沈阳', '大连', '鞍山', '抚顺', '本溪', '丹东', '锦州', '营口', '阜新', '辽阳', '盘锦', '铁岭', '朝阳', '葫芦岛'].map((c) => `${c}市人民政府`);
const CITIES = '各市、县（市、区）政府';
// 钦州市's districts and counties
const QINZHOU_COUNTIES = ['钦南区人民政府', '钦北区人民政府', '灵山县人民政府', '浦北县人民政府'];
const COUNTIES = '县区政府（管委）';

const at = (day: string): string => `${day}T10:00:00+08:00`;
const planInput = (planId: string, members: Record<string, string[]>): TaskPlanInput => {
  const p = seed(planId).plan;
  return { id: p.id, conference: p.conference, policy: p.policy, issuedOn: p.issuedOn, units: [...p.units.map((u) => u.id), ...Object.values(members).flat()], members };
};
const open = (task: Task, plan: TaskPlanInput, on = task.planId === 'qinzhou-2015' ? '2015-08-25' : '2020-04-01'): TaskSnapshot => createTaskSnapshot({ task, plan, at: at(on) });

function send(s: TaskSnapshot, event: Record<string, unknown>): TaskSnapshot {
  const r = applyEvent(s, event);
  if (!r.ok) throw new Error(`${String(event.type)} refused: ${r.code} ${r.message_en}`);
  return r.snapshot;
}
const refusal = (s: TaskSnapshot, event: Record<string, unknown>): string => {
  const r = applyEvent(s, event);
  return r.ok ? 'accepted' : r.code;
};

describe('a collective that assists (liaoning-2020, 各市、县（市、区）政府 as its 14 cities)', () => {
  const task = seed('liaoning-2020').plan.tasks.find((t) => t.assistingUnits.includes(CITIES) && !t.leadUnits.includes(CITIES));
  if (task === undefined) throw new Error('liaoning-2020 has no task the cities assist');
  const plan = planInput('liaoning-2020', { [CITIES]: LIAONING_CITIES });
  const lead = { unit: task.leadUnits[0] ?? '', role: 'lead' };
  const city = (unit: string) => ({ unit, role: 'assisting' });
  const issued = send(open(task, plan), { type: 'ISSUE_MEASURES', actor: lead, at: at('2020-04-10'), measures: '印发实施方案' });

  it('hands the task to each city on its own, besides the units named on their own', () => {
    const members = issued.context.assists.filter((a) => a.collective === CITIES);
    expect(members.map((a) => a.unit)).toEqual(LIAONING_CITIES);
    expect(members.every((a) => a.role === 'assisting' && a.status === 'notified' && a.acknowledgeBy !== null)).toBe(true);
    const named = task.assistingUnits.filter((u) => u !== CITIES);
    expect(issued.context.assists.filter((a) => a.collective === null).map((a) => a.unit)).toEqual(named);
  });

  it('takes each city’s acknowledgement and contribution from that city alone; the collective itself cannot act', () => {
    let s = send(issued, { type: 'ACKNOWLEDGE', actor: city('沈阳市人民政府'), at: at('2020-04-11') });
    s = send(s, { type: 'CONTRIBUTE', actor: city('大连市人民政府'), at: at('2020-04-12'), summary: '已制定本市方案' });
    const byUnit = new Map(s.context.assists.map((a) => [a.unit, a.status]));
    expect(byUnit.get('沈阳市人民政府')).toBe('acknowledged');
    expect(byUnit.get('大连市人民政府')).toBe('contributed');
    expect(byUnit.get('鞍山市人民政府')).toBe('notified');
    expect(refusal(s, { type: 'ACKNOWLEDGE', actor: city(CITIES), at: at('2020-04-12') })).toBe('FORBIDDEN_ACTOR');
    expect(refusal(s, { type: 'ACKNOWLEDGE', actor: city('大连市人民政府'), at: at('2020-04-13') })).toBe('TRANSITION_NOT_ALLOWED');
    const summary = taskView(s).members.find((m) => m.collective === CITIES);
    expect(summary).toMatchObject({ role: 'assisting', total: 14, notified: 12, acknowledged: 1, done: 1, late: 0 });
  });

  it('refuses SUBMIT while any city owes its contribution, naming those cities, until each has contributed or been waived', () => {
    let s = send(issued, { type: 'START', actor: lead, at: at('2020-04-15') });
    const named = s.context.assists.filter((a) => a.collective === null).map((a) => a.unit);
    for (const u of [...named, ...LIAONING_CITIES.slice(0, 13)]) s = send(s, { type: 'CONTRIBUTE', actor: city(u), at: at('2020-05-01'), summary: '已落实' });
    const submit = { type: 'SUBMIT', actor: lead, at: at('2020-05-02'), evidence: '全省落实情况' };
    const refused = applyEvent(s, submit);
    expect(refused.ok ? '' : `${refused.code} ${refused.message_zh}`).toMatch(/^ASSISTS_OUTSTANDING .*葫芦岛市人民政府/);
    expect(refused.ok ? '' : refused.message_zh).not.toContain('沈阳市人民政府');
    const item = `${plan.id}:${task.no}:assist:葫芦岛市人民政府:contribution`;
    s = send(s, { type: 'RESOLVE', actor: { unit: plan.conference.convener, role: 'conference' }, at: at('2020-05-03'), decision: { kind: 'waive', unit: '葫芦岛市人民政府' }, itemId: item });
    expect(refusal(s, submit)).toBe('accepted');
  });

  it('holds each city to its own deadline: one late city is reminded, marked late and escalated alone', () => {
    // every city was notified at the same moment, so their steps come due together: take them in the plan's order
    let s = issued;
    const named = task.assistingUnits.filter((u) => u !== CITIES);
    for (const u of [...named, LIAONING_CITIES[0] ?? '', ...LIAONING_CITIES.slice(2)]) s = send(s, { type: 'ACKNOWLEDGE', actor: city(u), at: at('2020-04-11') });
    const fired: string[] = [];
    const escalations: unknown[] = [];
    for (let i = 0; i < 20; i++) {
      const next = planTimer(s, Date.parse(at('2020-04-12')));
      if (next === null || next.event !== 'ASSIST_TIMER' || next.deadline !== 'acknowledgement') break;
      const r = applyEvent(s, timerEvent(s, next, next.fireAt));
      if (!r.ok) throw new Error(r.code);
      fired.push(`${next.unit}/${next.step}`);
      escalations.push(...r.commands.filter((c) => c.type === 'escalate'));
      s = r.snapshot;
    }
    expect(fired).toEqual(['大连市人民政府/remind', '大连市人民政府/late', '大连市人民政府/escalate']);
    expect(escalations).toEqual([expect.objectContaining({ type: 'escalate', kind: 'assistLate', subject: '大连市人民政府', itemId: `${plan.id}:${task.no}:assist:大连市人民政府:acknowledgement` })]);
    const view = taskView(s);
    expect(view.members.find((m) => m.collective === CITIES)).toMatchObject({ late: 1, escalated: 1, lateUnits: ['大连市人民政府'] });
    expect(view.membersNote).toBe(`${CITIES}：14个成员单位中1个逾期`);
    expect(transitionResult(s).membersNote).toBe(view.membersNote);
    expect(s.context.history.at(-1)?.summary).toContain(`成员单位大连市人民政府（${CITIES}）`);
  });
});

describe('a collective that leads (qinzhou-2015 #27, 县区政府（管委） alone)', () => {
  const task = seedTask('qinzhou-2015', '27');
  const plan = planInput('qinzhou-2015', { [COUNTIES]: QINZHOU_COUNTIES });
  const member = (unit: string) => ({ unit, role: 'lead' });

  it('gives each member its own obligation under the task’s deadline from the start, told once, and lets the members act as the lead', () => {
    const s0 = open(task, plan);
    expect(taskView(s0).actingLeads).toEqual(QINZHOU_COUNTIES);
    const shares = s0.context.assists.filter((a) => a.collective === COUNTIES);
    expect(shares.map((a) => [a.unit, a.role, a.status, a.contributeBy])).toEqual(QINZHOU_COUNTIES.map((u) => [u, 'lead', 'acknowledged', '2015-12-31T23:59:59+08:00']));
    const told = openingCommands(s0).flatMap((c) => (c.type === 'notifyUnits' ? c.units : []));
    expect(told).toEqual(QINZHOU_COUNTIES);
    expect(refusal(s0, { type: 'ISSUE_MEASURES', actor: member(COUNTIES), at: at('2015-09-01'), measures: '印发方案' })).toBe('FORBIDDEN_ACTOR');
    const s = send(s0, { type: 'ISSUE_MEASURES', actor: member('灵山县人民政府'), at: at('2015-09-01'), measures: '印发方案' });
    expect(s.context.measures?.unit).toBe('灵山县人民政府');
    // a member late on its part is reminded and marked late by itself; the office hears of it
    const next = planTimer(s, Date.parse(at('2015-09-02')));
    expect(next).toMatchObject({ event: 'ASSIST_TIMER', role: 'lead', deadline: 'contribution', step: 'remind', unit: QINZHOU_COUNTIES[0] });
  });

  it('can be submitted only once every member has reported its part done', () => {
    let s = send(open(task, plan), { type: 'ISSUE_MEASURES', actor: member('灵山县人民政府'), at: at('2015-09-01'), measures: '印发方案' });
    s = send(s, { type: 'START', actor: member('灵山县人民政府'), at: at('2015-09-02') });
    for (const u of QINZHOU_COUNTIES.slice(0, 3)) s = send(s, { type: 'CONTRIBUTE', actor: member(u), at: at('2015-10-01'), summary: '本县区已完成' });
    const submit = { type: 'SUBMIT', actor: member('钦南区人民政府'), at: at('2015-10-02'), evidence: '各县区落实情况' };
    const refused = applyEvent(s, submit);
    expect(refused.ok ? '' : `${refused.code} ${refused.message_zh}`).toBe('ASSISTS_OUTSTANDING 成员单位浦北县人民政府尚未报告落实情况，不能提交验收');
    s = send(s, { type: 'CONTRIBUTE', actor: member('浦北县人民政府'), at: at('2015-10-03'), summary: '本县已完成' });
    expect(refusal(s, submit)).toBe('accepted');
  });
});

describe('sharesOf', () => {
  it('keeps a unit named on its own out of its collective, and a unit in two collectives answers once', () => {
    const shares = sharesOf(
      { leadUnits: ['市民政局'], assistingUnits: ['沈阳市人民政府', CITIES, '各市政府'] },
      { [CITIES]: LIAONING_CITIES.slice(0, 3), 各市政府: LIAONING_CITIES.slice(1, 4) },
    );
    expect(shares.map((a) => `${a.unit}:${a.collective ?? '-'}`)).toEqual([
      '沈阳市人民政府:-',
      `大连市人民政府:${CITIES}`,
      `鞍山市人民政府:${CITIES}`,
      '抚顺市人民政府:各市政府',
    ]);
  });

  it('keeps a collective without members as one unit (nothing is guessed)', () => {
    expect(sharesOf({ leadUnits: ['市民政局'], assistingUnits: [CITIES] }, {}).map((a) => [a.unit, a.collective])).toEqual([[CITIES, null]]);
  });

  it('has the loader refuse a plan whose task would hand work to too many units, by name, before anything starts', async () => {
    const liaoning = seed('liaoning-2020').plan;
    const many = Array.from({ length: 301 }, (_, i) => `单位${i}`);
    const plan = { ...liaoning, units: liaoning.units.map((u) => (u.id === CITIES ? { ...u, members: many } : u)) };
    // no client call may happen: an empty object stands for the client, and touching it would throw a TypeError
    await expect(loadPlan({} as never, plan, { taskQueue: 'none' })).rejects.toMatchObject({ code: 'TOO_LARGE', message: expect.stringContaining('300') });
  });

  it('refuses more units than a task may hand work to, by name', () => {
    const many = Array.from({ length: 301 }, (_, i) => `单位${i}`);
    expect(() => sharesOf({ leadUnits: ['市民政局'], assistingUnits: ['各单位'] }, { 各单位: many })).toThrow(/TOO_MANY|300/);
  });
});
