// Specification: rules of the genre the eleventh held-out round showed — traditional script folded for every word the readers know, towns named by their own name, and tables whose cells a copy spreads over rows and paragraphs.
import { describe, expect, it } from 'vitest';
import { dueDay } from '../../seeds/corpus';
import { readLines as read, rolesOf as roles } from '../support/read-lines';

describe('a copy in traditional script', () => {
  it('says 分別負責 for 分别负责: a role word, no part of the name before it', () => {
    expect(roles(['2021年重點工作任務分工', '1.推進營商環境改革。(市政府各部門分別負責)'])).toEqual([[['市政府各部門'], []]]);
  });

  it('says 年內持續推進 for 年内持续推进: work carried on through the year, no deadline at its end', () => {
    const task = read(['2021年重點工作任務分工', '1.推進營商環境改革。(市發展改革委牽頭,年內持續推進)']).plan.tasks[0]!;
    expect([task.leadUnits, task.schedule.spec.kind, dueDay(task)]).toEqual([['市發展改革委'], 'ongoing', null]);
  });

  it('still dates 年內完成 by the year’s end, as in simplified script', () => {
    expect(dueDay(read(['2021年重點工作任務分工', '1.推進營商環境改革。(市發展改革委牽頭,年內完成)']).plan.tasks[0]!)).toBe('2021-12-31');
  });
});
