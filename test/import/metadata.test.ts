// Specification: plan metadata comes from the document or is reported; no constant of a seed stands in for it.
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../seeds';
import { refusal } from '../support/read-lines';

const list = (head: string[]): string => [...head, '1.建设平台。', '牵头单位：区数据局', '责任单位：区财政局'].join('\n');


describe('plan metadata', () => {
  it('takes title, year, issuer, issue date, place and level from the document', () => {
    const { plan } = importDocument(list(['立山区人民政府', '2023年3月28日', '立山区政府2023年重点工作任务分解和责任分工方案']), 'lishan.txt');
    expect(plan).toMatchObject({ title: '立山区政府2023年重点工作任务分解和责任分工方案', issuer: '立山区人民政府', issuedOn: '2023-03-28', level: '区' });
    expect(plan.conference).toMatchObject({ name: '立山区督办联席会议', convener: '区数据局', origin: 'default' });
  });

  it('refuses a document with no date and no year whose dates need one (12月底前), unless the issue date is given', () => {
    const dated = ['重点工作分工', '1.建设平台，12月底前完成。', '牵头单位：区数据局'].join('\n');
    const err = refusal(() => importDocument(dated, 'undated.txt'));
    expect(err.code).toBe('NO_ISSUE_DATE');
    expect(err.message).toContain('--issued-on');
    expect(importDocument(dated, 'undated.txt', { issuedOn: '2024-02-01' }).plan.issuedOn).toBe('2024-02-01');
  });

  it('starts a document with no date, no year and no date needing one on the day it is imported, reported', () => {
    const { plan, report } = importDocument(list(['重点工作分工']), 'undated.txt', { today: '2026-12-06' });
    expect(plan.issuedOn).toBe('2026-12-06');
    expect(report.lines).toContainEqual(expect.objectContaining({ kind: 'metadataDefault', decision: expect.stringContaining('issuedOn 取 2026-12-06，即导入当日') }));
    expect(importDocument(list(['重点工作分工']), 'undated.txt', { issuedOn: '2024-02-01', today: '2026-12-06' }).plan.issuedOn).toBe('2024-02-01');
  });

  it('reports a default issuer, and claims no place the text does not name', () => {
    const { plan, report } = importDocument(list(['2024年重点工作分工']), 'noplace.txt');
    expect(plan.issuer).toBe('');
    expect(plan.conference.name).toBe('督办联席会议');
    expect(report.lines).toContainEqual(expect.objectContaining({ kind: 'metadataDefault', decision: expect.stringContaining('issuedOn 取 2024-01-01') }));
  });

  it('says where an unreadable document went wrong and what was expected, without repeating the code', () => {
    const err = refusal(() => importDocument(['说明', '1.第一项工作。', '2.第二项工作。'].join('\n'), 'bare.txt'));
    expect(err).toMatchObject({ code: 'UNKNOWN_LAYOUT', line: 2 });
    expect(err.message).toMatch(/^bare\.txt:2: .*牵头单位/);
    expect(err.message).not.toContain('UNKNOWN_LAYOUT');
  });
});
