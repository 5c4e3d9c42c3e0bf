// Specification of the unit-list rules (责任单位): splitting, collectives, level prefix, 牵头, PDF fragments.
import { describe, expect, it } from 'vitest';
import { shortNameOf } from '../../seeds/divisions';
import { splitLeads } from '../../seeds/unit-list';
import { looksLikeUnit, splitPdfUnitCell, splitUnitList, unitKindOf } from '../../seeds/unit-list';

const names = (raw: string): string[] => splitUnitList(raw).mentions.map((m) => m.name);

describe('splitUnitList', () => {
  it.each<[string, string[]]>([
    ['市住建委、国土资源局、民政局、老龄办和县区政府（管委）。', ['市住建委', '市国土资源局', '市民政局', '市老龄办', '县区政府（管委）']],
    ['市科技局、经信委、发改委和各辖市、区人民政府', ['市科技局', '市经信委', '市发改委', '各辖市、区人民政府']],
    ['省住房城乡建设厅、省自然资源厅、省民政厅，各市、县（市、区）政府', ['省住房城乡建设厅', '省自然资源厅', '省民政厅', '各市、县（市、区）政府']],
    ['市金融办、财政局，人民银行钦州市中心支行、钦州银监分局。', ['市金融办', '市财政局', '人民银行钦州市中心支行', '钦州银监分局']],
    ['钦州保险协会，市民政局、老龄办。', ['钦州保险协会', '市民政局', '市老龄办']],
    ['市民政局、文明办、妇联、团市委。', ['市民政局', '市文明办', '市妇联', '团市委']],
    ['省文化和旅游厅、省科技厅', ['省文化和旅游厅', '省科技厅']],
    ['省商务厅、辽宁银保监局、大连银保监局', ['省商务厅', '辽宁银保监局', '大连银保监局']],
    ['市、县区政府（管委）。', ['市、县区政府（管委）']],
    ['市民政局及财政局', ['市民政局', '市财政局']],
    ['市民政局会同有关部门，县区政府（管委）。', ['市民政局', '县区政府（管委）']],
    ['市民政局、体育局等相关部门', ['市民政局', '市体育局']],
    // the unspecified rest after 等 may name its level and its tier too (省直 / 市级)
    ['省财政厅、省农业厅等省直有关部门和各市人民政府', ['省财政厅', '省农业厅', '各市人民政府']],
    ['市财政局等市级有关单位', ['市财政局']],
    // a place's name printed without its level is the level the units after it carry (a prefecture's, from the divisions dataset)
    ['市发改委、财政局，无锡国税局、地税局', ['市发改委', '市财政局', '无锡国税局', '无锡地税局']],
    ['区民政局、苏州银保监分局、财政局', ['区民政局', '苏州银保监分局', '区财政局']],
    ['内蒙古财政厅、教育厅', ['内蒙古财政厅', '内蒙古教育厅']],
    // a county's name is a word too often (公安县): only provinces and prefectures are known without their level
    ['市民政局、公安局', ['市民政局', '市公安局']],
    // 与 joins two units as 和 does, right after a unit's end (never inside 发展与改革委员会)
    ['市发展改革委与市财政局', ['市发展改革委', '市财政局']],
    ['市发展与改革委员会、市财政局', ['市发展与改革委员会', '市财政局']],
    // a bare body after a place's party committee is that place's government
    ['省委宣传部，各市州党委和人民政府', ['省委宣传部', '各市州党委', '各市州人民政府']],
    ['各县市区党委和政府', ['各县市区党委', '各县市区政府']],
    // a remark in brackets after a unit in the middle of a list is no part of its name
    ['县发改局(首位单位为牵头单位,下同)、县财政局', ['县发改局', '县财政局']],
    // 〔〕 enclose a part of a name as brackets do
    ['市发展改革委,各县〔市、区〕政府', ['市发展改革委', '各县〔市、区〕政府']],
    // a collective in the middle of the run does not end the level its departments carry
    ['市发改委、各区政府、财政局', ['市发改委', '各区政府', '市财政局']],
  ])('splits 「%s」', (raw, expected) => {
    expect(names(raw)).toEqual(expected);
  });

  it('makes the units before 牵头 the leads and drops 会同有关部门', () => {
    const list = splitUnitList('市民政局、发改委牵头会同有关部门。');
    const [leads, assisting] = splitLeads(list);
    expect(leads.map((m) => m.name)).toEqual(['市民政局', '市发改委']);
    expect(assisting).toEqual([]);
  });

  it('makes the first listed unit the lead when one column holds all', () => {
    const [leads, assisting] = splitLeads(splitUnitList('市工信委、民政局、发改委。'));
    expect(leads.map((m) => m.name)).toEqual(['市工信委']);
    expect(assisting.map((m) => m.name)).toEqual(['市民政局', '市发改委']);
  });

  it('reports every carried prefix and every dropped unspecific mention', () => {
    const { repairs } = splitUnitList('市住建委、国土资源局会同有关部门');
    expect(repairs.map((r) => r.kind)).toEqual(['unitPrefixed', 'unitUnknown']);
  });
});

describe('the short names of provinces and prefectures', () => {
  it.each<[string, string]>([
    ['无锡市', '无锡'],
    ['广西壮族自治区', '广西'],
    ['黔东南苗族侗族自治州', '黔东南'],
    ['伊犁哈萨克自治州', '伊犁'],
    ['内蒙古自治区', '内蒙古'],
    ['西藏自治区', '西藏'],
    ['阿里地区', '阿里'],
    ['兴安盟', '兴安'],
  ])('%s → %s', (name, short) => {
    expect(shortNameOf(name)).toBe(short);
  });
});

describe('splitPdfUnitCell', () => {
  it.each<[string, string[]]>([
    ['区民政局 区住建局 市场监督管理 局洮北分局', ['区民政局', '区住建局', '市场监督管理局洮北分局']],
    ['市场监督管理 局 洮 北 分 局 区民政局', ['市场监督管理局洮北分局', '区民政局']],
    ['区应急 管理局 洮北区消防 救援大队', ['区应急管理局', '洮北区消防救援大队']],
    ['自然资源局 洮北分局', ['自然资源局洮北分局']],
    ['市公安局 洮北分局', ['市公安局洮北分局']],
    ['区民政局区财政局', ['区民政局', '区财政局']],
    ['联席会议成员 单位', ['联席会议成员单位']],
    ['区人社局 区民政局 区财政局 区乡村振兴 局', ['区人社局', '区民政局', '区财政局', '区乡村振兴局']],
  ])('glues 「%s」', (raw, expected) => {
    expect(splitPdfUnitCell(raw).mentions.map((m) => m.name)).toEqual(expected);
  });

  it('reports each glued name as unitRepaired with the fragments as printed', () => {
    const { repairs } = splitPdfUnitCell('区应急 管理局');
    expect(repairs).toEqual([expect.objectContaining({ kind: 'unitRepaired', raw: '区应急 管理局' })]);
  });
});

describe('unit kinds and shapes', () => {
  it.each([
    ['各市、县（市、区）政府', 'collective'],
    ['各辖市、区人民政府', 'collective'],
    ['县区政府（管委）', 'collective'],
    ['钦州保险协会', 'outside'],
    ['供电公司', 'outside'],
    ['市民政局', 'department'],
  ])('classifies %s as %s', (name, kind) => {
    expect(unitKindOf(name)).toBe(kind);
  });

  it('tells unit names from PDF garble', () => {
    expect(looksLikeUnit('市场监督管理局洮北分局')).toBe(true);
    expect(looksLikeUnit('主八字目')).toBe(false);
    expect(looksLikeUnit('市场监督管理')).toBe(false);
  });
});
