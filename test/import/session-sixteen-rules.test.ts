// Specification: rules of the genre written in session sixteen — a table copied one cell a line (a web page's table, a Word
// table pasted as text) that prints no 序号 and numbers nothing: its rows found by what each paragraph holds; and what the
// session's held-out round showed: roles in a closing sentence opened by 由, a heading whose one paragraph is its item, a
// header spaced out letter by letter, a plan period's year, a day of work in prose.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../seeds';
import { blocksFromDocumentXml } from '../../seeds/formats/docx';
import { MAX_UNNUMBERED } from '../../seeds/cell-rows';
import { dueDay } from '../../seeds/corpus';
import { readLines as read, refusal, rolesOf } from '../support/read-lines';
import { toDocx } from '../support/seed-formats';

const header = ['南湖区2023年民生实事项目责任分解表', '工作任务', '牵头单位', '配合单位', '完成时限'];
const rows = (...cells: string[][]): string[] => [...header, ...cells.flat()];
const renovation = ['完成老旧小区改造12个。', '区住建局', '区财政局、各街道', '2023年12月底前'];
const library = ['新建城市书房5家。', '区文旅局', '区教育局', '2023年6月底前'];
const park = ['建成口袋公园3个。', '区城管局', '各街道', '2023年10月底前'];
const readings = (lines: string[]) => read(lines).plan.tasks.map((t) => [t.text, t.leadUnits, t.assistingUnits, dueDay(t)]);

describe('a table copied one cell a line with no 序号', () => {
  it('reads each row of as many paragraphs as the header has words, with or without blank lines between them', () => {
    const want = [
      ['完成老旧小区改造12个。', ['区住建局'], ['区财政局', '各街道'], '2023-12-31'],
      ['新建城市书房5家。', ['区文旅局'], ['区教育局'], '2023-06-30'],
      ['建成口袋公园3个。', ['区城管局'], ['各街道'], '2023-10-31'],
    ];
    expect(readings(rows(renovation, library, park))).toEqual(want);
    expect(readings(rows(renovation, library, park).flatMap((c) => [c, '']))).toEqual(want);
    // …and a row a group of lines, blank lines between the rows
    expect(readings([header[0] as string, '', ...header.slice(1), '', ...renovation, '', ...library, '', ...park])).toEqual(want);
  });

  it('gives a row that printed no unit cell the units of the row above (a merged cell printed once), reported', () => {
    const { plan, report } = read(rows(renovation, ['新建城市书房5家。', '2023年6月底前'], park));
    expect(plan.tasks.map((t) => [t.leadUnits, t.assistingUnits, dueDay(t)])).toEqual([
      [['区住建局'], ['区财政局', '各街道'], '2023-12-31'],
      [['区住建局'], ['区财政局', '各街道'], '2023-06-30'],
      [['区城管局'], ['各街道'], '2023-10-31'],
    ]);
    expect(report.lines.filter((l) => l.kind === 'leadInferred').map((l) => [l.taskNo, l.decision])).toEqual([['2', '牵头单位为空（合并单元格），沿用上一行：区住建局；合并单元格跨行：配合单位沿用上一行']]);
    expect(report.lines.some((l) => l.kind === 'cellsAligned' && l.line === 10 && l.decision.includes('未印出的栏（牵头单位、配合单位）'))).toBe(true);
  });

  it('leaves a row that printed its lead but no assisting cell without assisting units, and the first row takes nothing from above', () => {
    const { plan, report } = read(rows(['完成老旧小区改造12个。', '区住建局', '2023年12月底前'], library));
    expect(plan.tasks.map((t) => [t.leadUnits, t.assistingUnits])).toEqual([
      [['区住建局'], []],
      [['区文旅局'], ['区教育局']],
    ]);
    // no line claims the first row took a cell from a row above it
    expect(report.lines.filter((l) => l.kind === 'leadInferred')).toEqual([]);
  });

  it('takes the first of names printed a line each under 牵头单位 · 配合单位 as the lead, the rest assisting, and says the split is not printed', () => {
    const { plan, report } = read(rows(['完成老旧小区改造12个。', '区住建局', '区财政局', '区发改局', '各街道', '2023年12月底前'], library));
    expect(plan.tasks.map((t) => [t.leadUnits, t.assistingUnits])).toEqual([
      [['区住建局'], ['区财政局', '区发改局', '各街道']],
      [['区文旅局'], ['区教育局']],
    ]);
    expect(report.lines.some((l) => l.kind === 'cellsAligned' && l.decision.includes('前一栏只取第一段'))).toBe(true);
  });

  it('reads a work cell wrapped over two paragraphs as one, and a section heading between rows as the section of the rows under it', () => {
    const { plan } = read([...header, '一、城市更新', '完成老旧小区改造12个，', '惠及居民3000户。', '区住建局', '区财政局、各街道', '2023年12月底前', '二、文化惠民', ...library]);
    expect(plan.tasks.map((t) => [t.section, t.text, t.leadUnits])).toEqual([
      ['一', '完成老旧小区改造12个，惠及居民3000户。', ['区住建局']],
      ['二', '新建城市书房5家。', ['区文旅局']],
    ]);
  });

  it('reads a category column spanning rows (printed in its first row only)', () => {
    const lines = ['南湖区2023年民生实事项目责任分解表', '类别', '工作任务', '牵头单位', '配合单位', '完成时限', '城市更新', ...renovation, ...park, '文化惠民', ...library];
    expect(readings(lines).map(([text, lead]) => [text, lead])).toEqual([
      ['完成老旧小区改造12个。', ['区住建局']],
      ['建成口袋公园3个。', ['区城管局']],
      ['新建城市书房5家。', ['区文旅局']],
    ]);
  });

  it('reads no task from the lines after the last row (a signature and a date), and says so', () => {
    const { plan, report } = read(rows(renovation, library).concat(['南湖区人民政府办公室', '2023年3月1日印发']));
    expect(plan.tasks).toHaveLength(2);
    expect(report.lines.filter((l) => l.kind === 'cellsAligned' && l.decision.includes('表格最后一行之后')).map((l) => l.line)).toEqual([14, 15]);
  });

  it('joins a header word a narrow cell wrapped (項目 over 名稱) and a column’s month under its word (進展情況 over (7月)); a report of work done is no unit', () => {
    const lines = ['項目', '名稱', '內容', '牽頭單位', '進展情況', '(7月)', '進展情況', '(10月)', '養老服務項目', '新增15家居家養老服務照料中心。', '區民政局', '已完成8家。', '已完成新增15家居家養老服務照料中心'];
    const { plan } = read(lines, { issuedOn: '2021-08-23' });
    expect(plan.tasks.map((t) => t.leadUnits)).toEqual([['區民政局']]);
  });

  it('takes no title line for a header word, nor a header whose first word stands before it (a number column of a word no list uses)', () => {
    const cells = ['某区城管局2024年重点工作任务', '条目', '重点工作内容', '牵头责任单位', '完成时限', '一', '开展市容整治', '区城管大队', '6月底前'];
    expect(refusal(() => read(cells)).code).toBe('UNKNOWN_LAYOUT');
  });

  it('refuses, naming the line and the bound, a table with no 序号 longer than it places (the placement costs time in its length)', () => {
    const err = refusal(() => read([...header, ...Array.from({ length: MAX_UNNUMBERED + 1 }, (_, i) => (i % 2 === 0 ? '完成改造。' : '区住建局'))]));
    expect([err.code, err.line]).toEqual(['BAD_ROW', 6]);
    expect(err.message).toContain(`up to ${MAX_UNNUMBERED} paragraphs`);
  });
});

describe('roles in a closing sentence opened by 由, and a heading that is an item of its own', () => {
  const doc = (...items: string[]): string[] => ['某局2015年安全生产月活动任务分工方案', '一、开展宣传活动', '(一)与企业面对面交流。由煤监一处牵头负责,办公室配合。', ...items];

  it('reads the duty worded after 负责 (负责协调调度) and each unit its own part (分别负责), the work after the roles kept', () => {
    const { plan } = read(doc('(二)与企业负责人谈心对话。由协调处负责协调调度。', '(三)进行普法宣传。由各巡视督导组分别负责,6月16日到企业参加宣讲。'));
    expect(plan.tasks.map((t) => [t.text, t.leadUnits, t.assistingUnits])).toEqual([
      ['与企业面对面交流。', ['煤监一处'], ['办公室']],
      ['与企业负责人谈心对话。', ['协调处'], []],
      ['进行普法宣传。6月16日到企业参加宣讲。', ['各巡视督导组'], []],
    ]);
  });

  it('takes a heading whose one paragraph closes with roles, the next line another heading, for an item numbered as the heading', () => {
    const { plan } = read(doc('二、播放安全生产公益广告', '在卫视播放公益广告。由宣教办和教育中心负责。', '三、组织应急预案演练', '按照计划组织实施应急演练。由应急救援指挥中心负责。'));
    expect(plan.tasks.map((t) => [t.printedNo, t.section, t.text, t.leadUnits, t.assistingUnits])).toEqual([
      ['(一)', '一', '与企业面对面交流。', ['煤监一处'], ['办公室']],
      ['二', null, '播放安全生产公益广告。在卫视播放公益广告。', ['宣教办'], ['教育中心']],
      ['三', null, '组织应急预案演练。按照计划组织实施应急演练。', ['应急救援指挥中心'], []],
    ]);
  });

  it('reads 由X会同Y等部门研究提出落实意见 (X leads, Y assists) and 由A配合B等部门开展 (B carries the work out and leads, A assists)', () => {
    const { plan } = read(doc('(二)关于“严守耕地红线”的问题,由国土资源部会同农业部等部门研究提出落实意见。', '(三)深入开展“安康杯”竞赛。由协调处、宣教办配合工会、共青团、妇联等部门开展。'));
    expect(plan.tasks.slice(1).map((t) => [t.leadUnits, t.assistingUnits])).toEqual([
      [['国土资源部'], ['农业部']],
      [['工会', '共青团', '妇联'], ['协调处', '宣教办']],
    ]);
  });

  it('takes no condition for a role: 由多个单位负责的，排在第一位的为牵头单位 sets the rule, it gives no unit work', () => {
    const { plan } = read(['某市“十三五”规划纲要主要目标和任务分工', '一、分工原则', '(一)合理划分责任。由多个单位负责的,排在第一位的为牵头单位。', '二、主要指标分工', '1.户籍人口城镇化率达到40%。(市公安局、市统计局)'], { issuedOn: '2016-09-27' });
    expect(plan.tasks.map((t) => [t.text, t.leadUnits, t.assistingUnits])).toEqual([['户籍人口城镇化率达到40%。', ['市公安局'], ['市统计局']]]);
  });
});

describe('a header spaced out letter by letter, a plan period, a day of work', () => {
  it('reads `序号 工 作 任 务 牵头负责部门` as a three-column header and each single-spaced row under it', () => {
    const { plan } = read(['2016年量化指标任务分工', '序号 工 作 任 务 牵头负责部门', '1 居民消费价格涨幅3%左右 发展改革委', '2 城镇新增就业1000万人以上 人力资源社会保障部']);
    expect(plan.tasks.map((t) => [t.no, t.text, t.leadUnits])).toEqual([
      ['1', '居民消费价格涨幅3%左右', ['发展改革委']],
      ['2', '城镇新增就业1000万人以上', ['人力资源社会保障部']],
    ]);
  });

  it('takes the first year of a plan period printed with a space (`2014—2016 年`) for the plan year, reported, instead of refusing it', () => {
    // (a line longer than a title, as the page's opening paragraph is: the year is read from the text, not a title)
    const lines = ['为贯彻落实《社会信用体系建设规划纲要(2014—2020 年)》,做好规划期前三年工作安排,经部际联席会议同意,现提出 2014—2016 年社会信用体系建设重点工作任务。', '一、加强信用制度建设', '1、研究制定信用信息分类管理制度。(人民银行负责)'];
    const { plan, report } = read(lines);
    expect(plan.issuedOn).toBe('2014-01-01');
    expect(report.lines.some((l) => l.kind === 'metadataDefault' && l.decision.includes('文中出现最多的年份 2014'))).toBe(true);
  });

  it('dates a task by a day opening its clause with the work done on it (6月16日到企业参加宣讲), not by a day that names something', () => {
    const lines = (text: string) => ['某局2015年活动任务分工方案', '一、开展普法活动', `${text}由应急中心负责。`];
    expect(dueDay(read(lines('6月16日分别到企业参加宣讲。')).plan.tasks[0] as never)).toBe('2015-06-16');
    expect(dueDay(read(lines('5月20日召开推进会。')).plan.tasks[0] as never)).toBe('2015-05-20');
    expect(dueDay(read(lines('学习6月16日会议精神。')).plan.tasks[0] as never)).toBe(null);
  });
});

describe('how a closing sentence words its roles', () => {
  const item = (roles: string) => rolesOf(['某市2023年重点工作任务分工方案', '一、推动高质量发展', `1.加快推进重点项目建设，完成投资100亿元。${roles}`, '2.推进城市更新。（市住建局牵头，市财政局配合）'])[0];

  it.each([
    ['此项工作由市发改委负责。', [['市发改委'], []]],
    ['由市发改委牵头抓总，市财政局配合落实。', [['市发改委'], ['市财政局']]],
    ['由市发改委牵头，会同市财政局组织实施。', [['市发改委'], ['市财政局']]],
    ['由市发改委、市财政局共同负责。', [['市发改委', '市财政局'], []]],
    ['（责任单位：市财政局、市发改委〔牵头〕）', [['市发改委'], ['市财政局']]],
    ['责任单位：市财政局、市发改委（牵头）。', [['市发改委'], ['市财政局']]],
    ['牵头单位为市发改委，配合单位为市财政局。', [['市发改委'], ['市财政局']]],
    ['责任单位为市发改委。', [['市发改委'], []]],
  ])('%s', (roles, want) => {
    expect(item(roles)).toEqual(want);
  });
});

describe('an item numbered as the tasks that names no unit, before the first one that does', () => {
  it('is refused, naming its line, where the items after it name their own units: it was dropped without a word', () => {
    const err = refusal(() => read(['某市2023年重点工作任务分工方案', '一、推动高质量发展', '1.加快推进重点项目建设。', '2.推进城市更新。（市住建局牵头，市财政局配合）', '3.建设城市书房。（市文旅局牵头）']));
    expect([err.code, err.line]).toEqual(['NO_LEAD_UNIT', 3]);
  });

  it('is no refusal where roles close the last of a run of steps, the next line a heading: they may be the steps\' together', () => {
    const { plan } = read(['某市应急体系建设规划责任分解', '(一)“一案三制”建设', '1.完善应急预案体系', '(1)加强应急预案管理。', '(2)加强应急预案演练。', '(责任单位:市应急局、各县(市、区)人民政府)', '(二)应急队伍建设'], { issuedOn: '2017-01-01' });
    expect(plan.tasks.map((t) => t.leadUnits)).toEqual([['市应急局']]);
  });
});

describe('rows copied from Excel and Markdown tables from online documents', () => {
  const want = [
    ['完成老旧小区改造12个，惠及居民3000户', ['区住建局'], ['区财政局', '各街道'], '2023-12-31'],
    ['新建城市书房5家', ['区文旅局'], ['区教育局'], '2023-06-30'],
  ];
  const flat = (lines: string[], file?: string) => read(lines, file ? { file } : {}).plan.tasks.map((t) => [t.text.replace(/\n/g, ''), t.leadUnits, t.assistingUnits, dueDay(t)]);

  it('reads Excel’s clipboard: a cell holding a line break is quoted, its lines the lines after it (in a .txt as in a .tsv)', () => {
    const lines = ['南湖区2023年重点工作任务分解表', '序号\t工作任务\t牵头单位\t配合单位\t完成时限', '1\t"完成老旧小区改造12个，', '惠及居民3000户"\t区住建局\t"区财政局', '各街道"\t2023年12月底前', '2\t新建城市书房5家\t区文旅局\t区教育局\t2023年6月底前'];
    expect(flat(lines)).toEqual(want);
    expect(flat(lines, 'list.tsv')).toEqual(want);
    // a quote that never closes (within 50 lines) opens no quoted cell: the row is read as printed, the lines after it stay lines
    const open = read(['南湖区2023年重点工作任务分解表', '序号\t工作任务\t牵头单位\t完成时限', '1\t"完成老旧小区改造\t区住建局\t2023年12月底前', ...Array.from({ length: 60 }, () => '说明文字')]);
    expect(open.plan.tasks.map((t) => [t.text, t.leadUnits])).toEqual([['"完成老旧小区改造', ['区住建局']]]);
  });

  it('reads <br> inside a Markdown table’s cell as the line break it stands for', () => {
    const lines = ['南湖区2023年重点工作任务分解表', '', '| 序号 | 工作任务 | 牵头单位 | 配合单位 | 完成时限 |', '|:---:|---|---|---|---|', '| 1 | 完成老旧小区改造12个，惠及居民3000户 | 区住建局 | 区财政局<br>各街道 | 2023年12月底前 |', '| 2 | 新建城市书房5家 | 区文旅局 | 区教育局 | 2023年6月底前 |'];
    expect(flat(lines)).toEqual(want);
  });
});

describe('names parted by a slash', () => {
  it('reads 区住建局/区财政局 as two units, in a tab row as in a `|` row', () => {
    const rows = (row: string) => read(['南湖区2023年重点工作任务分解表', row.replace('X', '序号').replace('Y', '工作任务').replace('Z', '责任单位').replace('W', '完成时限'), row.replace('X', '1').replace('Y', '完成改造').replace('Z', '区住建局/区财政局').replace('W', '2023年12月底前')]).plan.tasks.map((t) => [t.leadUnits, t.assistingUnits]);
    expect(rows('X\tY\tZ\tW')).toEqual([[['区住建局'], ['区财政局']]]);
    expect(rows('| X | Y | Z | W |')).toEqual([[['区住建局'], ['区财政局']]]);
  });
});

describe('a rectification list (整改清单)', () => {
  it('reads 存在问题 / 问题清单 as the task, 整改措施 as its measures, 整改时限 as its time, and 项目序号 as the number', () => {
    for (const [no, problem] of [['序号', '存在问题'], ['项目序号', '问题清单']]) {
      const { plan } = read(['某县2023年巡察反馈问题整改清单', `${no}\t${problem}\t整改措施\t责任单位\t整改时限`, '1\t农村人居环境整治不到位\t开展村庄清洁行动\t县农业农村局、各乡镇\t2023年10月底前']);
      expect(plan.tasks.map((t) => [t.no, t.text, t.measures, t.leadUnits, t.assistingUnits, dueDay(t)])).toEqual([['1', '农村人居环境整治不到位', '开展村庄清洁行动', ['县农业农村局'], ['各乡镇'], '2023-10-31']]);
    }
  });
});

describe('a Word document with a text box and tracked changes', () => {
  const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"';
  const p = (t: string): string => `<w:p><w:r><w:t>${t}</w:t></w:r></w:p>`;
  const tc = (inner: string): string => `<w:tc>${inner}</w:tc>`;
  const docx = async (body: string): Promise<Uint8Array> => {
    const zip = new JSZip();
    zip.file('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>');
    zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${body}</w:body></w:document>`);
    return new Uint8Array(await zip.generateAsync({ type: 'uint8array' }));
  };

  it('reads a text box once (Word stores it twice, as DrawingML and a VML fallback) and the paragraph around it whole; a deletion is not read, an insertion is', async () => {
    // the title in a text box, as red-headed documents print it; the text box inside a paragraph of the text
    const box = (t: string): string => `<w:txbxContent>${p(t)}</w:txbxContent>`;
    const title = `<w:p><w:r><w:t>附件</w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>${box('南湖区2023年重点工作任务分解表')}</w:drawing></mc:Choice><mc:Fallback><w:pict>${box('南湖区2023年重点工作任务分解表')}</w:pict></mc:Fallback></mc:AlternateContent></w:r><w:r><w:t>1</w:t></w:r></w:p>`;
    const tracked = `<w:p><w:del><w:r><w:delText>区财政局</w:delText></w:r></w:del><w:ins><w:r><w:t>区发改局</w:t></w:r></w:ins></w:p>`;
    const table = `<w:tbl><w:tr>${['序号', '工作任务', '牵头单位', '完成时限'].map((c) => tc(p(c))).join('')}</w:tr><w:tr>${tc(p('1'))}${tc(p('完成老旧小区改造12个'))}${tc(tracked)}${tc(p('2023年12月底前'))}</w:tr></w:tbl>`;
    // the blocks: the box's paragraph once, the paragraph around it whole (its 1 after the box was lost, the box read twice)
    expect(blocksFromDocumentXml(`<w:document ${W}><w:body>${title}</w:body></w:document>`).map((b) => (b.kind === 'text' ? b.text : b.cells))).toEqual(['南湖区2023年重点工作任务分解表', '附件1']);
    const { plan } = await importFile(await docx(`${title}${table}`), 'list.docx');
    expect(plan.title).toBe('南湖区2023年重点工作任务分解表');
    expect(plan.tasks.map((t) => [t.text, t.leadUnits, dueDay(t)])).toEqual([['完成老旧小区改造12个', ['区发改局'], '2023-12-31']]);
  });
});

describe('a web page saved under the name its server gave it', () => {
  const page = '<!DOCTYPE html><html><head><title>南湖区2023年重点工作任务分解表</title></head><body><table><tr><td>序号</td><td>工作任务</td><td>牵头单位</td><td>完成时限</td></tr><tr><td>1</td><td>完成老旧小区改造12个</td><td>区住建局</td><td>2023年12月底前</td></tr></table></body></html>';

  it.each(['content_40a536.shtml', 'detail.aspx', 'index.jhtml', 'page', 'saved.txt'])('reads %s as the page it is (by its name, or its opening tags)', async (file) => {
    const { plan } = await importFile(page, file);
    expect(plan.tasks.map((t) => [t.text, t.leadUnits, dueDay(t)])).toEqual([['完成老旧小区改造12个', ['区住建局'], '2023-12-31']]);
  });
});

describe('a task printed as a card (督办单, 项目卡): label and value, a line each', () => {
  const want = [
    ['完成老旧小区改造12个', ['区住建局'], ['区财政局', '各街道'], '2023-12-31'],
    ['新建城市书房5家', ['区文旅局'], ['区教育局'], '2023-06-30'],
  ];
  const cards: [string, string][][] = [
    [['项目名称', '完成老旧小区改造12个'], ['牵头单位', '区住建局'], ['配合单位', '区财政局、各街道'], ['完成时限', '2023年12月底前']],
    [['项目名称', '新建城市书房5家'], ['牵头单位', '区文旅局'], ['配合单位', '区教育局'], ['完成时限', '2023年6月底前']],
  ];
  const got = (plan: { tasks: Parameters<typeof dueDay>[0][] }) => plan.tasks.map((t) => [t.text, t.leadUnits, t.assistingUnits, dueDay(t)]);

  it('reads label lines opened by the work’s own label (项目名称：…), each card an item', () => {
    expect(got(read(['南湖区2023年民生实事项目督办单', ...cards.flatMap((c) => [...c.map(([k, v]) => `${k}：${v}`), ''])]).plan)).toEqual(want);
  });

  it('reads label | value rows as those label lines, a pair or two a row, and says so', () => {
    const one = read(['南湖区2023年民生实事项目督办单', ...cards.flatMap((c) => c.map(([k, v]) => `${k}\t${v}`))]);
    expect(got(one.plan)).toEqual(want);
    expect(one.report.lines.some((l) => l.kind === 'cellsAligned' && l.decision.includes('标签 | 内容'))).toBe(true);
    const two = cards.flatMap((c) => [`${c[0]?.join('\t')}\t${c[1]?.join('\t')}`, `${c[2]?.join('\t')}\t${c[3]?.join('\t')}`]);
    expect(got(read(['南湖区2023年民生实事项目督办单', ...two]).plan)).toEqual(want);
  });

  it('reads a workbook of such cards', async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('督办单');
    sheet.addRow(['南湖区2023年民生实事项目督办单']);
    for (const c of cards) for (const row of c) sheet.addRow(row);
    const { plan } = await importFile(new Uint8Array(await wb.xlsx.writeBuffer()), 'cards.xlsx');
    expect(got(plan)).toEqual(want);
  });

  it('reads a Word table and an HTML table of such cards', async () => {
    const rows = cards.flat();
    const docx = await toDocx([{ kind: 'p', text: '南湖区2023年民生实事项目督办单' }, ...rows.map((cells) => ({ kind: 'row' as const, cells }))]);
    expect(got((await importFile(docx, 'cards.docx')).plan)).toEqual(want);
    const html = `<html><body><p>南湖区2023年民生实事项目督办单</p><table>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</table></body></html>`;
    expect(got((await importFile(html, 'cards.html')).plan)).toEqual(want);
  });

  it('leaves a table of records under its header as that table (its header row is no card)', () => {
    const { plan } = read(['南湖区2023年重点工作任务分解表', '工作任务\t牵头单位', '完成老旧小区改造12个\t区住建局', '新建城市书房5家\t区文旅局']);
    expect(plan.tasks.map((t) => [t.text, t.leadUnits])).toEqual([
      ['完成老旧小区改造12个', ['区住建局']],
      ['新建城市书房5家', ['区文旅局']],
    ]);
  });
});

describe('a ledger workbook', () => {
  it('reads no task from its row of totals (合计 | | | 3500), and says so', async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('台账');
    for (const row of [
      ['南湖区2023年重点工作任务分解表'],
      ['序号', '工作任务', '牵头单位', '完成时限', '投资（万元）'],
      [1, '完成老旧小区改造12个', '区住建局', '2023年12月底前', 3000],
      [2, '新建城市书房5家', '区文旅局', '2023年6月底前', 500],
      ['合计', null, null, null, 3500],
    ])
      sheet.addRow(row);
    const { plan, report } = await importFile(new Uint8Array(await wb.xlsx.writeBuffer()), 'ledger.xlsx');
    expect(plan.tasks.map((t) => [t.no, t.leadUnits])).toEqual([
      ['1', ['区住建局']],
      ['2', ['区文旅局']],
    ]);
    expect(report.lines.filter((l) => l.kind === 'junkDropped' && l.decision.includes('合计行')).map((l) => l.line)).toEqual([5]);
  });

  it('still reads a task whose work begins with such a word', () => {
    const { plan } = read(['南湖区2023年重点工作任务分解表', '序号\t工作任务\t牵头单位', '1\t合计完成改造12个小区\t区住建局']);
    expect(plan.tasks.map((t) => t.text)).toEqual(['合计完成改造12个小区']);
  });
});

describe('a column of bodies no role of the task names (评分部门: the offices that score it)', () => {
  const lines = ['2021年某县乡村振兴任务清单', '序号', '考核指标', '年度目标', '责任部门', '评分部门', '1', '农林牧渔业增加值增幅', '≥2%', '县海洋与渔业局', '县农业农村局', '市农业农村局', '2', '粮食安全责任制', '良好以上', '县经济和信息化局', '市商务局'];

  it('is a header cell, last in the header; its names are neither leads nor assisting; names a line each leave it the fewest', () => {
    const { plan } = read(lines.flatMap((l) => [l, '']));
    expect(plan.tasks.map((t) => [t.no, t.leadUnits, t.assistingUnits])).toEqual([
      ['1', ['县海洋与渔业局'], ['县农业农村局']],
      ['2', ['县经济和信息化局'], []],
    ]);
  });

  it('leaves it the fewest in a table without 序号 too', () => {
    const { plan } = read(lines.filter((l) => !/^(序号|\d)$/.test(l)).flatMap((l) => [l, '']));
    expect(plan.tasks.map((t) => [t.leadUnits, t.assistingUnits])).toEqual([
      [['县海洋与渔业局'], ['县农业农村局']],
      [['县经济和信息化局'], []],
    ]);
  });
});

describe('a role group typed with a slip, and an item without roles on a page copied as one line', () => {
  const page = (second: string) => [`扶余市人民政府督查室关于开展2018年农村人居环境综合整治专项督查的通知 一、重点督办事项 1.加快推进垃圾清运。(责任单位:城市管理执法大队、各乡镇场) 2.实施改厨、改厕等工程。${second} 3.推进村村通工程。(责任单位:交通局、各乡镇场)`];

  it('reads a label opening its bracket with a semicolon for its colon (责任单位;住建局、…)', () => {
    expect(rolesOf(page('(责任单位;住建局、畜牧局、各乡镇场)'))[1]).toEqual([['住建局'], ['畜牧局', '各乡镇场']]);
  });

  it('refuses, naming the item, one whose bracket names no role, as on a page of lines: it was dropped without a word', () => {
    const err = refusal(() => read(page('(具体安排另行通知)')));
    expect(err.code).toBe('NO_LEAD_UNIT');
    expect(err.message).toContain('2.');
  });
});
