// Specification: unnumbered items whose role labels follow them — on the lines below, or run on in the same line as news pages print them.
import { describe, expect, it } from 'vitest';
import { splitProseLabels } from '../../seeds/label-lines';
import { readLines as read } from '../support/read-lines';

describe('an unnumbered paragraph with its role labels on the lines below', () => {
  const doc = [
    '2023年工作任务分工方案',
    '加快数字经济发展，实施产业集群数字化转型工程。',
    '牵头单位：省工业和信息化厅',
    '配合单位：省发展改革委、科技厅',
    '推进乡村振兴，建设高标准农田100万亩。',
    '牵头单位：省农业农村厅',
    '完成时限：2023年12月底前',
  ];

  it('is an item: each paragraph with the labels under it, numbered in order', () => {
    const { plan } = read(doc);
    expect(plan.tasks.map((t) => [t.no, t.text, t.leadUnits, t.assistingUnits])).toEqual([
      ['1', '加快数字经济发展，实施产业集群数字化转型工程。', ['省工业和信息化厅'], ['省发展改革委', '省科技厅']],
      ['2', '推进乡村振兴，建设高标准农田100万亩。', ['省农业农村厅'], []],
    ]);
    expect(plan.tasks[1]?.schedule.raw).toBe('2023年12月底前');
  });

  it('reports each number it gave, saying the labels below made the item', () => {
    const { report } = read(doc);
    expect(report.lines.filter((l) => l.kind === 'numberInferred').map((l) => [l.taskNo, l.line, l.decision.includes('标签')])).toEqual([
      ['1', 2, true],
      ['2', 5, true],
    ]);
  });

  it('leaves a paragraph no label follows out of the items (a preamble before a numbered list)', () => {
    const { plan } = read(['2023年工作要点', '为做好今年工作，制定本要点。', '1.加快数字经济发展。', '牵头单位：省工业和信息化厅']);
    expect(plan.tasks.map((t) => [t.no, t.text])).toEqual([['1', '加快数字经济发展。']]);
  });
});

describe('items run on into their labels in one line (a news page)', () => {
  const line = '其中明确指出: 加快数字经济发展，实施数字化转型工程。 分管领导:副省长张三 部门分工:省工业和信息化厅牵头，省发展改革委、科技厅等配合。 推进乡村振兴，建设高标准农田。 分管领导:副省长李四 部门分工:省农业农村厅牵头，省财政厅配合。';

  it('is cut at each label after a stop and after the labels\' last stop', () => {
    expect(splitProseLabels(line)).toEqual([
      '其中明确指出: 加快数字经济发展，实施数字化转型工程。',
      '分管领导:副省长张三 部门分工:省工业和信息化厅牵头，省发展改革委、科技厅等配合。',
      '推进乡村振兴，建设高标准农田。',
      '分管领导:副省长李四 部门分工:省农业农村厅牵头，省财政厅配合。',
    ]);
  });

  it('reads each item with its roles, the person of 分管领导 kept as people, the words introducing them left out', () => {
    const { plan } = read(['2023年工作任务分工方案', line]);
    expect(plan.tasks.map((t) => [t.text, t.leadUnits, t.assistingUnits])).toEqual([
      ['加快数字经济发展，实施数字化转型工程。', ['省工业和信息化厅'], ['省发展改革委', '省科技厅']],
      ['推进乡村振兴，建设高标准农田。', ['省农业农村厅'], ['省财政厅']],
    ]);
  });

  it('leaves a role group\'s labels inside its bracket to the role group', () => {
    expect(splitProseLabels('1.加快数字经济发展。（牵头单位：省工信厅；责任单位：省发展改革委）')).toBeNull();
    expect(splitProseLabels('牵头单位：省工信厅。 配合单位：省财政厅')).toBeNull();
  });
});
