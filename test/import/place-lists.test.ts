// Specification: places in a unit list — places listed before a body share its words, a carried level stops at another place, 市政 is a word.
import { describe, expect, it } from 'vitest';
import { splitUnitList } from '../../seeds/unit-list';
import { readLines as read, rolesOf as roles } from '../support/read-lines';

const names = (raw: string): string[] => splitUnitList(raw).mentions.map((m) => m.name);

describe('places listed before the body they share', () => {
  it.each<[string, string[]]>([
    ['海东市、兰州市、临夏州发展改革部门', ['海东市发展改革部门', '兰州市发展改革部门', '临夏州发展改革部门']],
    ['銀川市、石嘴山市、吳忠市人民政府', ['銀川市人民政府', '石嘴山市人民政府', '吳忠市人民政府']],
    // a place on its own after a body keeps its name: nothing follows it to share
    ['市发展改革委、岳麓区', ['市发展改革委', '岳麓区']],
  ])('reads 「%s」', (raw, expected) => {
    expect(names(raw)).toEqual(expected);
  });

  it('reports each place that took the shared words, with the item\'s line', () => {
    const { plan, report } = read(['海东市与兰州市、临夏州2020年重点任务清单', '1. 做好重大规划的有效衔接。', '责任单位:海东市、兰州市、临夏州发展改革部门']);
    expect(plan.tasks.map((t) => [t.leadUnits, t.assistingUnits])).toEqual([[['海东市发展改革部门'], ['兰州市发展改革部门', '临夏州发展改革部门']]]);
    expect(report.lines.filter((l) => l.kind === 'unitRepaired').map((l) => [l.raw, l.line])).toEqual([['海东市', 2], ['兰州市', 2]]);
  });
});

describe('the level carried down a list', () => {
  it('stops at a unit of another place: 寧東管委會 after the cities\' governments is not the region\'s (銀川 2019, traditional script)', () => {
    const doc = ['銀川都市圈建設2019年工作計劃', '(一)道路暢通工程。2019年建成典農河至沙湖旅游公路。(自治區交通運輸廳牽頭,自治區發展改革委、自然資源廳、銀川市、石嘴山市、吳忠市人民政府、寧東管委會配合)'];
    expect(roles(doc)).toEqual([[['自治區交通運輸廳'], ['自治區發展改革委', '自治區自然資源廳', '銀川市人民政府', '石嘴山市人民政府', '吳忠市人民政府', '寧東管委會']]]);
  });

  it('never takes the 市 of 市政局 (the municipal works bureau) for a level', () => {
    expect(names('市政局、环卫处')).toEqual(['市政局', '环卫处']);
    expect(names('市政府办公室、财政局')).toEqual(['市政府办公室', '市财政局']);
  });
});
