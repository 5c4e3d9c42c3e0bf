// The visibility query builder behind GET /tasks and `duban tasks list`: search attributes, safe quoting.
import { describe, expect, it } from 'vitest';
import { buildTaskQuery, quote } from '../../client/visibility';

const BASE = `WorkflowType = 'taskWorkflow' AND ExecutionStatus != 'ContinuedAsNew'`;

describe('buildTaskQuery', () => {
  it('lists only current task runs when no filter is given', () => {
    expect(buildTaskQuery({})).toBe(BASE);
  });

  it('ANDs every filter on its search attribute', () => {
    expect(
      buildTaskQuery({ plan: 'qinzhou-2015', taskNo: '7', state: 'inProgress.implementing', supervision: 'overdue', lead: '市民政局', assisting: '市财政局' }),
    ).toBe(
      `${BASE} AND PlanId = 'qinzhou-2015' AND TaskNo = '7' AND TaskState = 'inProgress.implementing' AND Supervision = 'overdue'` +
        ` AND (LeadUnits = '市民政局' OR LeadUnit = '市民政局') AND AssistingUnits = '市财政局'`,
    );
  });

  it('finds a child plan’s tasks by the upper-level task they implement', () => {
    expect(buildTaskQuery({ parent: 'liaoning-2020:1-2', assisting: '沈阳市人民政府' })).toBe(`${BASE} AND AssistingUnits = '沈阳市人民政府' AND ParentTask = 'liaoning-2020:1-2'`);
  });

  it('compares DueAt as a UTC instant', () => {
    expect(buildTaskQuery({ dueBefore: '2016-01-01T00:00:00+08:00' })).toBe(`${BASE} AND DueAt < '2015-12-31T16:00:00.000Z'`);
  });

  it('quotes a unit name with a quote in it so it cannot end the string', () => {
    const q = buildTaskQuery({ lead: "市民政局' OR PlanId = 'x" });
    expect(q).toBe(`${BASE} AND (LeadUnits = '市民政局'' OR PlanId = ''x' OR LeadUnit = '市民政局'' OR PlanId = ''x')`);
  });

  it('doubles backslashes, which the query parser would otherwise decode', () => {
    expect(quote('a\\b')).toBe(`'a\\\\b'`);
    expect(quote("it's")).toBe(`'it''s'`);
  });

  it('refuses control characters and unknown states', () => {
    expect(() => buildTaskQuery({ lead: 'a\nb' })).toThrow(/control/);
    expect(() => buildTaskQuery({ state: 'flying' as never })).toThrow();
  });
});
