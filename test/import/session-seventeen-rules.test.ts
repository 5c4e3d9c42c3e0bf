// Specification: rules of the genre written in session seventeen — a role clause that names the lead among the units just
// listed (`A、B，A牵头`), a role mark in angle brackets, and groups counted in words (`第一组 牵头单位:X;成员单位:Y`), as
// inspection and work groups are printed.
import { describe, expect, it } from 'vitest';
import { markerOf } from '../../seeds/marks';
import { readLines as read, refusal, rolesOf } from '../support/read-lines';

const title = ['某市2023年重点工作任务分工方案', '2023年3月1日'];

describe('a clause that names the lead among the units just listed', () => {
  it('makes the named units lead and the others assist, in brackets, after a label and with a time beside it', () => {
    expect(
      rolesOf([
        ...title,
        '1. 推进老旧小区改造。（市住建局、市财政局，市住建局牵头）',
        '2. 开展技能培训。（责任单位：市人社局、市教育局，市教育局牵头）',
        '3. 建设口袋公园。（市林业局、市财政局、市自然资源局，市林业局、市财政局牵头）',
        '4. 修缮道路。（市交通局、市财政局，市交通局牵头，2023年6月底前完成）',
      ]),
    ).toEqual([
      [['市住建局'], ['市财政局']],
      [['市教育局'], ['市人社局']],
      [['市林业局', '市财政局'], ['市自然资源局']],
      [['市交通局'], ['市财政局']],
    ]);
  });

  it('reads a label line the same way, and leaves a lead clause naming a unit not listed as a further lead', () => {
    expect(rolesOf([...title, '1. 建设保障房。', '责任单位：市住建局、市财政局，市住建局牵头', '2. 修缮道路。（市财政局，市交通局牵头）'])).toEqual([
      [['市住建局'], ['市财政局']],
      [['市财政局', '市交通局'], []],
    ]);
  });
});

describe('a role mark in angle brackets', () => {
  it('marks the lead and is no part of the name', () => {
    expect(rolesOf([...title, '1. 开展督查。（责任单位：市发改委、市督查室〈牵头〉）', '2. 开展培训。（责任单位：市教育局、市人社局<牵头>）'])).toEqual([
      [['市督查室'], ['市发改委']],
      [['市人社局'], ['市教育局']],
    ]);
  });
});

describe('groups counted in words', () => {
  it('are item marks only before a space, a colon or a stop', () => {
    expect(markerOf('第一组 牵头单位:市教委')).toMatchObject({ style: 'ordinal', printed: '第一组', n: 1 });
    expect(markerOf('第12项：建设…')).toMatchObject({ style: 'ordinal', printed: '第12项', n: 12 });
    expect(markerOf('第一季度完成')).toBeNull();
    expect(markerOf('第二批试点')).toBeNull();
    expect(markerOf('第三组织')).toBeNull();
  });

  it('reads each group with its lead and members, the line under its roles as its words', () => {
    const { plan } = read([
      ...title,
      '四、督查小组组成和督查分工',
      '第一组 牵头单位:市教委;成员单位:市国资委、市建委。',
      '督查的部门和地区:市文化局、河东区。',
      '第二组 牵头单位:市发展改革委;',
      '成员单位:市统计局、市国土房管局。',
      '督查的部门和地区:市建委、宝坻区。',
      '第三组 牵头单位:市商务委;成员单位:市公安局。',
    ]);
    expect(plan.tasks.map((t) => [t.printedNo, t.text, t.leadUnits, t.assistingUnits])).toEqual([
      ['第一组', '督查的部门和地区:市文化局、河东区。', ['市教委'], ['市国资委', '市建委']],
      ['第二组', '督查的部门和地区:市建委、宝坻区。', ['市发展改革委'], ['市统计局', '市国土房管局']],
      ['第三组', '第三组', ['市商务委'], ['市公安局']],
    ]);
  });
});

describe('an item that prints only its roles', () => {
  it('is refused at its own line by its number, not as a plan the schema refuses', () => {
    const err = refusal(() => read([...title, '1. 推进改造。（牵头单位：市住建局）', '2. （牵头单位：市财政局）', '3. 修路。（牵头单位：市交通局）']));
    expect([err.code, err.line, err.message]).toEqual(['BAD_ROW', 4, 'spec.txt:4: task 2 names its units but prints no work (no text before or after its roles)']);
  });
});
