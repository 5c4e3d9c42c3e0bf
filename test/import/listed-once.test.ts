// Specification: units a list names once for the tasks below (以下各项…均需X落实，不再列出) — where the remark stands, and whom it covers.
import { describe, expect, it } from 'vitest';
import { cutListedOnce, listedOnce } from '../../seeds/listed-once';
import { readLines as read, rolesOf as roles } from '../support/read-lines';

describe('listedOnce', () => {
  it.each<[string, string, boolean]>([
    ['以下各项工作均需各区、市政府负责落实，不再一一列出。', '各区、市政府负责落实', false],
    ['以下各条措施均需各县（区）人民政府落实,不再列出', '各县（区）人民政府落实', false],
    ['以下各项任务措施均需各乡镇人民政府落实，不再列出。', '各乡镇人民政府落实', false],
    ['此项及以下任务均需各县（市、区）落实，不再列出', '各县（市、区）落实', true],
  ])('reads 「%s」 as naming 「%s」 (its own task too: %s)', (text, units, includesOwn) => {
    expect(listedOnce(text)).toEqual({ units, includesOwn });
  });

  it('is null for a remark that names no one for the tasks below', () => {
    expect(listedOnce('以下各项工作均需按期完成')).toBeNull();
    expect(listedOnce('各责任单位按职责分工落实')).toBeNull();
  });

  it('is cut out of a role group, the full stop after it kept to close the sentence before', () => {
    expect(cutListedOnce('市商务局，此项及以下任务均需各县（市、区）落实，不再列出。各责任单位按职责分工落实')).toEqual({
      rest: '市商务局，。各责任单位按职责分工落实',
      remark: '此项及以下任务均需各县（市、区）落实，不再列出。',
    });
  });
});

describe('the units named once', () => {
  it('assist every later task when the remark is a clause of the role group after a semicolon', () => {
    const doc = [
      '2025年促进就业工作方案',
      '1.开展技能培训。（责任单位：市人社局，各乡镇人民政府；以下各项任务措施均需各乡镇人民政府落实，不再列出。）',
      '2.发放创业补贴。（责任单位：市人社局）',
      '3.建设零工驿站。（责任单位：市人社局、市总工会）',
    ];
    expect(roles(doc)).toEqual([
      [['市人社局'], ['各乡镇人民政府']],
      [['市人社局'], ['各乡镇人民政府']],
      [['市人社局'], ['市总工会', '各乡镇人民政府']],
    ]);
  });

  it('assist the task that prints them too when it says 此项及以下, a bare unit leading', () => {
    const doc = [
      '2025年提振消费实施方案',
      '1.举办消费季活动。〔市商务局，此项及以下任务均需各县（市、区）落实，不再列出。各责任单位按职责分工落实〕',
      '2.发放消费券。（市商务局）',
    ];
    const { plan, report } = read(doc);
    expect(plan.tasks.map((t) => [t.leadUnits, t.assistingUnits])).toEqual([
      [['市商务局'], ['各县（市、区）']],
      [['市商务局'], ['各县（市、区）']],
    ]);
    // each task that takes them says which line named them
    expect(report.lines.filter((l) => l.kind === 'leadInferred' && l.raw === '各县（市、区）').map((l) => [l.taskNo, l.line])).toEqual([
      ['1', 2],
      ['2', 3],
    ]);
  });

  it('are no unit of the task whose labelled roles end with them after a full stop', () => {
    const doc = [
      '2025年实施方案',
      '1.稳定就业岗位。〔牵头单位：市人社局，责任单位：市财政局，各县（区）人民政府。以下各条措施均需各县（区）人民政府落实，不再列出〕',
      '2.落实稳岗返还。（牵头单位：市人社局）',
    ];
    expect(roles(doc)).toEqual([
      [['市人社局'], ['市财政局', '各县（区）人民政府']],
      [['市人社局'], ['各县（区）人民政府']],
    ]);
  });
});
