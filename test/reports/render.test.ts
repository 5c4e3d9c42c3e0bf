// Markdown and HTML bulletins: the sections a supervision office expects, Chinese first; the SVG charts are well-formed XML.
import { describe, expect, it } from 'vitest';
import { SaxesParser } from 'saxes'; // exceljs's own XML parser, already installed with it
import { bulletinHtml } from '../../reports/html';
import { bulletinMarkdown } from '../../reports/markdown';
import { buildReport } from '../../reports/model';
import { renderReport } from '../../reports/render';
import { colourByUnitSvg, milestonesByMonthSvg } from '../../reports/svg';
import { agendaItem, facts, sampleViews, view } from './fixtures';

/** parses XML strictly; throws on the first well-formedness error */
function parseXml(xml: string): { root: string; elements: number } {
  const parser = new SaxesParser({ xmlns: true });
  let root = '';
  let elements = 0;
  parser.on('error', (err) => {
    throw err;
  });
  parser.on('opentag', (tag) => {
    if (elements++ === 0) root = tag.name;
  });
  parser.write(xml).close();
  return { root, elements };
}

const report = buildReport(facts(sampleViews(), [agendaItem('item-1', '1', 'measures', 'open'), agendaItem('item-0', '5', 'complete', 'resolved')]));

describe('bulletinMarkdown', () => {
  const md = bulletinMarkdown(report);
  it.each(['# 测试市养老服务任务分工 督查通报', '## 一、总体情况', '## 二、逾期任务', '## 三、30日内到期', '## 四、联席会议事项', '### 待议事项', '### 已决定事项', '## 五、单位绩效考核', '**计分规则'])(
    'has the section %s',
    (heading) => expect(md).toContain(heading),
  );
  it('puts the overdue rows with days overdue and escalation status', () => {
    expect(md).toMatch(/\| 1 \| 市民政局 \| 出台措施 \| 2025-03-31 \| 91 \| 已提交联席会议（item-1），待议 \|/);
    expect(md).toContain('| 红（督办） |');
  });
  it('keeps table cells on one line and free of pipes', () => {
    const withPipe = buildReport(facts([view('1', { leadUnits: ['甲|乙局'] })]));
    expect(bulletinMarkdown(withPipe)).toContain('甲｜乙局');
  });
});

describe('bulletinHtml', () => {
  const html = bulletinHtml(report);
  it('is one self-contained page: no scripts, no external resources', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).not.toMatch(/<script|<link|src="http|url\(/i);
    expect(html).toContain('@page');
  });
  it.each(['id="overview"', 'id="overdue"', 'id="due-soon"', 'id="conference"', 'id="ranking"', '计分规则'])('has %s', (s) => expect(html).toContain(s));
  it('embeds well-formed SVG charts: colours per lead unit, milestones per month, one per ranking group', () => {
    const svgs = html.match(/<svg[\s\S]*?<\/svg>/g) ?? [];
    expect(svgs).toHaveLength(3);
    for (const svg of svgs) expect(parseXml(svg).root).toBe('svg');
  });
  it('escapes what units and tasks say', () => {
    const odd = bulletinHtml(buildReport(facts([view('1', { leadUnits: ['<b>局&</b>'], colour: 'red' })])));
    expect(odd).toContain('&lt;b&gt;局&amp;&lt;/b&gt;');
    expect(odd).not.toContain('<b>局');
  });
});

describe('charts', () => {
  it('draws one bar per lead unit with a segment per colour present', () => {
    const svg = colourByUnitSvg(report.bulletin.colourByUnit);
    const parsed = parseXml(svg);
    expect(parsed.root).toBe('svg');
    expect(svg).toContain('市财政局');
    expect(svg.match(/<rect [^>]*fill="#EB5757"><title>/g)).toHaveLength(1);
  });
  it('draws month columns, and an empty chart that is still well-formed', () => {
    expect(parseXml(milestonesByMonthSvg(report.bulletin.milestonesByMonth)).elements).toBeGreaterThan(5);
    expect(parseXml(milestonesByMonthSvg([])).root).toBe('svg');
    expect(parseXml(colourByUnitSvg([])).root).toBe('svg');
  });
});

describe('renderReport', () => {
  it.each([
    ['md', 'text/markdown; charset=utf-8'],
    ['html', 'text/html; charset=utf-8'],
    ['json', 'application/json; charset=utf-8'],
    ['xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
  ] as const)('renders %s as %s', async (format, type) => {
    const out = await renderReport(report, format);
    expect(out.contentType).toBe(type);
    expect(out.body.length).toBeGreaterThan(100);
  });
  it('renders JSON that is the whole report', async () => {
    const json = JSON.parse((await renderReport(report, 'json')).body.toString('utf8')) as typeof report;
    expect(json.bulletin.byColour.red).toBe(1);
    expect(json.ledger).toHaveLength(5);
  });
});
