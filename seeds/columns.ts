// The words lists use for their columns and label lines (序号, 牵头单位, 完成时限 …), and the role each one gives its field.
import { foldScript, squeeze, wordOf } from './text';

/**
 * What a column or label holds. `units` is 责任单位 / 负责单位: responsible units whose role the list states
 * elsewhere (a 牵头单位 column beside it makes them assisting; alone, its first listed unit leads).
 * `people` are persons (责任领导, 分管领导): kept with the task's cells, never turned into units.
 * `roles` is a field that states the roles itself (部门分工：X牵头，Y配合).
 */
export const FIELDS = ['no', 'text', 'lead', 'units', 'assisting', 'people', 'schedule', 'measures', 'roles', 'other'] as const;
export type Field = (typeof FIELDS)[number];

/** Exact header words (spaces removed), checked first. */
const EXACT: Record<string, Field> = {
  序号: 'no',
  编号: 'no',
  序: 'no',
  // `任务项 · 重点工作内容 · …` over `1`: the item's number; 项次 the same
  任务项: 'no',
  项次: 'no',
  工作任务: 'text',
  主要任务: 'text',
  重点任务: 'text',
  任务内容: 'text',
  工作内容: 'text',
  具体任务: 'text',
  民生实事: 'text',
  目标任务: 'text',
  项目内容: 'text',
  实事项目: 'text',
  项目名称: 'text',
  重点工作: 'text',
  工作事项: 'text',
  任务: 'text',
  // the points of the work: its text, or, beside a column of its tasks, their heading (items.ts headerFields)
  工作要点: 'text',
  要点: 'text',
  // the level an indicator is to reach (增长5.5%): what the task is
  指标要求: 'text',
  目标要求: 'text',
  // a policy list's points (政策要点: the policy a row carries out, its 主要措施 beside it)
  政策要点: 'text',
  政策内容: 'text',
  政策措施: 'text',
  政策名称: 'text',
  牵头单位: 'lead',
  牵头部门: 'lead',
  主责单位: 'lead',
  牵头责任单位: 'lead',
  主要责任单位: 'lead',
  牵头: 'lead',
  主办: 'lead',
  // the bare words of a role group's labels (牵头：X；配合：Y, 主办：X；协办：Y)
  配合: 'assisting',
  协办: 'assisting',
  协助: 'assisting',
  参与: 'assisting',
  协同: 'assisting',
  责任: 'units',
  责任单位: 'units',
  负责单位: 'units',
  责任部门: 'units',
  承办单位: 'units',
  // the unit answering first among the responsible ones, and the others
  第一责任单位: 'lead',
  主体责任单位: 'lead',
  // a 创卫 notice's two duties: the unit that must put the problem right (主体责任), and the department that oversees it doing so
  主体责任: 'lead',
  监督责任: 'assisting',
  监督责任单位: 'assisting',
  其他责任单位: 'assisting',
  配合单位: 'assisting',
  配合部门: 'assisting',
  参与部门: 'assisting',
  参与单位: 'assisting',
  协办单位: 'assisting',
  协同单位: 'assisting',
  协同责任单位: 'assisting',
  协作单位: 'assisting',
  时间进度: 'schedule',
  完成时限: 'schedule',
  完成时间: 'schedule',
  时间节点: 'schedule',
  时限要求: 'schedule',
  进度安排: 'schedule',
  完成期限: 'schedule',
  时间安排: 'schedule',
  时限: 'schedule',
  // a breakdown's three lists (任务清单 · 责任清单 · 时限清单): its units and its times
  责任清单: 'units',
  时限清单: 'schedule',
  时间清单: 'schedule',
  落实措施: 'measures',
  工作措施: 'measures',
  具体措施: 'measures',
  工作举措: 'measures',
  部门分工: 'roles',
  责任分工: 'roles',
  任务分工: 'roles',
  分工: 'roles',
  备注: 'other',
  类别: 'other',
  项目类别: 'other',
  任务类别: 'other',
  工作类别: 'other',
  // the field a target belongs to (妇女与健康), a category spanning rows like 类别
  领域: 'other',
  分类: 'other',
  // a category spanning the rows under it (一、继续提高底线民生保障水平), printed before 序号
  大类: 'other',
  小类: 'other',
  说明: 'other',
  当前进度: 'other',
  // what kind of target or indicator a row is (A类 责任目标, 约束性): no unit, no text
  目标类型: 'other',
  指标类型: 'other',
  指标属性: 'other',
  属性: 'other',
  类型: 'other',
  // the kind of policy a row is (助企纾困稳定就业岗位), a category spanning rows
  政策类型: 'other',
  政策类别: 'other',
};

/** A label or column word that is itself a part of the year (第一季度, 二季度, 上半年, 12月份). */
export const DATED_WORD = /^(第?[一二三四1-4]季度|上半年|下半年|(1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])月份?)$/;

/** Compound words, by the part that decides (people before lead: 牵头负责领导 is a person). */
const PARTS: [RegExp, Field][] = [
  [/(领导|责任人|联系人)$/, 'people'],
  // `2023年目标进度`: the stages the year's work is to reach (一季度开工，年内完成50%)
  [/(实施计划|进度安排|完成时限|时间节点|时间进度|目标进度)/, 'schedule'],
  // `时间要求`, `计划完成时间`, `办结时限`, `序时进度`: when the work is due
  [/((时间|进度|时限)要求|完成时间|截止时间|办结时限|完成节点|序时进度|时序进度)$/, 'schedule'],
  [/(推进情况|完成情况|落实情况|完成成效|完成状况|进展|是否)/, 'other'],
  // how the work is judged or what it yields (考核标准, 完成标志, 预期成果), and where it comes from (任务来源, 政策依据): no unit, no time
  [/^(评价|考核|工作|验收)标准$|^(完成|验收)标志$|^(成果形式|预期成果|预期效果|任务来源|政策依据|文件依据|备注说明)$/, 'other'],
  [/^考核(单位|部门)$/, 'other'],
  [/^联络员$/, 'people'],
  // `进度计划`, `月度计划`, `实施年限`: when the work is due
  [/^(进度|月度|季度|年度进度)计划$|^(实施|建设|起止|完成)年限$/, 'schedule'],
  // `推进步骤：2019年，确保…。2020年，…`: the steps by year are the work's schedule
  [/^(推进|实施|工作)步骤$/, 'schedule'],
  [/^工作名称$/, 'text'],
  // `区本级任务数`, `目标值`: how much of the work, a figure, no unit
  [/(任务数|任务量|目标值|指标值)$/, 'other'],
  // the office that supervises the work (督办单位) does none of it; sizes and money are figures, not units
  [/^督[办查导](单位|部门|处室|科室)$/, 'other'],
  // `监督方式`, `督查形式`: how the work is overseen (its cell names the overseers: 区委、区政府), not who does it
  [/^(监督|督查|督办|督导|考核)(方式|形式|办法)$/, 'other'],
  // `重点工作任务分解`, `目标任务清单`: the column of the tasks the list breaks the work into
  [/(任务|工作|目标)(分解|清单)$/, 'text'],
  [/(规模|投资|资金|金额|万元)/, 'other'],
  // a body's word for its units (单位, 部门) or its own offices (处室, 科室, a township's 股室)
  [/(牵头|主办|主责)(责任)?(单位|部门|处室|科室|股室|机关)/, 'lead'],
  [/(配合|参与|参加|协办|协同|协作|协助|支持|成员)(责任)?(单位|部门|处室|科室|股室)/, 'assisting'],
  // `数据提供单位：市统计局`: the unit that supplies the figure a target is measured by has a part in the task
  [/(数据|资料|材料)(提供|报送|来源)(单位|部门)$/, 'assisting'],
  [/(责任|负责|实施|承办)(单位|部门|主体|处室|科室|股室|站所)/, 'units'],
  // `承担单位`, `落实单位`: who does the work, their role stated elsewhere (beside 牵头单位 they assist)
  [/^(承担|落实|执行|具体实施)(单位|部门|主体|处室|科室|股室|站所)$/, 'units'],
  // `办结时限`, `计划完成时间`, `时间要求`, `序时进度`: when it is due (完成进度 is how far it got: no rule)
  [/(时限|时间|期限)(要求|安排|节点)?$|(序时|计划)进度$|进度要求$/, 'schedule'],
  // `第一季度：…` / `上半年：…` / `12月：…` in a quarterly plan: the work due in that part of the year (labelsOf keeps the word as its time)
  [DATED_WORD, 'schedule'],
  [/(编号|编码)$|^no\.?$/i, 'no'],
  // `项目序号`, `任务序号`: the number of the row's item
  [/^(项目|任务|事项)序号$/, 'no'],
  // `问题清单`, `存在问题`, `问题描述` in a list of 整改 (rectification): the problem to be put right is the task
  [/^(问题清单|存在问题|问题描述|问题表现|反馈问题|主要问题)$/, 'text'],
  // `整改任务概述`, `问题简述`: the task or problem told in brief is the work
  [/(任务|问题|事项)(概述|简述|描述)$/, 'text'],
  [/(主要任务|重点任务|工作任务|任务内容|项目内容|工作内容|建设内容|具体内容|主要内容)$/, 'text'],
  [/(措施|举措)$/, 'measures'],
  // `指标名称`, `事项名称`: the name of the item is its text
  [/(项目|指标|事项|实事|任务)名称$/, 'text'],
  // `2022年预期目标`, `主要指标`, `全年目标任务`: the items or their targets
  [/(目标|指标|任务)$/, 'text'],
  // `主要内容`, `督办事项`, `重点项目`, `具体工作`: what is to be done
  [/(内容|事项|项目)$|^(具体|主要|重点)工作$|^工作重点$/, 'text'],
];

/** A header or label word as looked up: spaces and the script folded, a closing colon dropped. */
const wordKey = (word: string): string => foldScript(squeeze(word)).replace(/[：:]$/, '');

/**
 * The words a plan's own overrides name (reading.words: `实施部门` → assisting), for the one import that reads with them;
 * empty otherwise. Set only by `withOwnWords` around a synchronous read, so no other import ever sees them.
 */
let ownWords: ReadonlyMap<string, Field> = new Map();

/** Runs a (synchronous) read with the plan's own words taken before any list word; the words are gone when it returns or throws. */
export function withOwnWords<T>(words: Readonly<Record<string, Field>>, read: () => T): T {
  const before = ownWords;
  ownWords = new Map(Object.entries(words).map(([w, f]) => [wordKey(w), f]));
  try {
    return read();
  } finally {
    ownWords = before;
  }
}

/** The field a header cell or label names, or null when it is not a list word. */
export function fieldOf(word: string): Field | null {
  const w = wordKey(word);
  if (w === '' || w.length > 16) return null;
  const own = ownWords.get(w);
  if (own) return own;
  const exact = EXACT[w];
  if (exact) return exact;
  // `落实科室(部门)`, `责任单位（部门）`: a word with its alternative in brackets is the word
  const alternative = /^(.{2,}?)[（(][\u4e00-\u9fff、/]{1,6}[）)]$/.exec(w);
  if (alternative) return fieldOf(alternative[1] ?? '');
  // `责任单位及责任人`: a unit column whose cells name a person too (read-table takes the person out)
  const withPerson = /^(.+?(?:单位|部门|处室|科室))(?:及|和|、|\/)(?:主要)?(?:负责人|责任人|联系人)$/.exec(w);
  if (withPerson) return fieldOf(withPerson[1] ?? '');
  const part = PARTS.find(([pattern]) => pattern.test(w))?.[1] ?? null;
  if (part !== null) return part;
  // `指标及计算方法`, `任务及要求`: the work named first, with what goes with it
  const compound = /^([\u4e00-\u9fff]{2,6}?)(?:及|和|与)[\u4e00-\u9fff]{2,8}$/.exec(w);
  return compound && fieldOf(compound[1] ?? '') === 'text' ? 'text' : null;
}

/** A header cell's word, whether or not lists use it: a short name, no sentence (2022年预期目标, 工作举措（措施）). */
export const isHeaderWord = (word: string): boolean => /^[\u4e00-\u9fff\d（）()]{2,12}$/.test(foldScript(squeeze(word)));

/** Whether a word's field is one a label gives (a role, a time, a person), not a column of the text (序号, 工作任务, 备注). */
export const isRoleLabel = (field: Field | null): field is Field => field !== null && field !== 'no' && field !== 'text' && field !== 'other';

/** A label's word before its colon: no space, stop or bracket, but an alternative in brackets (`牵头科室(单位)`). */
export const LABEL_WORD = '[^：:\\s\\u3000。，,、；;（(〔\\[【）)〕\\]】]{1,12}(?:[（(][\\u4e00-\\u9fff、/]{1,6}[）)])?';
const LABEL_LINE = new RegExp(`^[\\s\\u3000]*(${LABEL_WORD})[\\s\\u3000]*[：:](.*)$`);

/** `牵头单位：区发改局` → { field: 'lead', value: '区发改局' }; null when the line is not a label line. */
export function labelLine(text: string): { field: Field; label: string; value: string } | null {
  // a label is a word: a line wrapped in the middle of `。〔责任单位：` does not start with one
  // …and `牵头科室(单位)：` is a label with its alternative in brackets
  const m = LABEL_LINE.exec(text);
  if (!m) return spacedLabel(text);
  const field = fieldOf(m[1] ?? '');
  if (!isRoleLabel(field)) return null;
  return { field, label: m[1] ?? '', value: (m[2] ?? '').trim() };
}

/** Where a further label starts inside a label's value: after spaces or a stop (`X  配合单位：Y`, `X；完成时限：…`). */
const NEXT_LABEL = new RegExp(`(?:[ \\t\\u3000]+|[；;，,][ \\t\\u3000]*)(${LABEL_WORD})[：:]`, 'g');

/**
 * `牵头单位：区民政局  配合单位：区财政局  完成时限：2024年9月底前`: the labels of one line, several where spaces or stops
 * part them; null when the line is no label line.
 */
export function labelsOf(text: string): { field: Field; label: string; value: string }[] | null {
  const first = labelLine(text);
  if (!first) return null;
  // one pass over the value: each further label ends the one before it
  const out: { field: Field; label: string; value: string }[] = [];
  const { value } = first;
  // …and a label of any list word ends it too (`配合单位：Y 实际完成情况：…`): the words after it are no part of the units
  let current: { field: Field | null; label: string; start: number } = { field: first.field, label: first.label, start: 0 };
  const close = (end: number): void => {
    if (current.field !== null) out.push({ field: current.field, label: current.label, value: value.slice(current.start, end).trim() });
  };
  for (const m of value.matchAll(NEXT_LABEL)) {
    const field = fieldOf(m[1] ?? '');
    if (field === null) continue;
    close(m.index);
    current = { field: isRoleLabel(field) ? field : null, label: m[1] ?? '', start: m.index + m[0].length };
  }
  close(value.length);
  return out.map((l) => (l.field === 'schedule' ? { ...l, value: datedValue(l.label, l.value) } : l));
}

/** A column headed by a year alone (`2025年`, `2025年（海南）`, `2025`) in a table of targets: the level its cell gives is due by that year's end. */
const YEAR_HEADER = /^((?:19|20)\d{2})年?(?:[（(][\u4e00-\u9fff]{1,8}[）)])?$/;

/** The year a header cell is, or null. */
export const yearOfHeader = (word: string): number | null => {
  const m = YEAR_HEADER.exec(foldScript(squeeze(word)));
  return m ? Number(m[1]) : null;
};

/**
 * `四季度任务分解`, `下半年目标`, `12月工作任务`: a column of the work set for the last part of the year, and that part (四季度): the
 * work it holds ends with the year. A column of an earlier part's step (`一季度目标` beside an annual task) is a milestone on the
 * way, no deadline of the task, and is not taken (shaoxing-keqiao-2023's reading).
 */
const PERIOD_HEADER = /^(第?[四4]季度|下半年|12月份?)(?:任务分解|目标任务|工作任务|重点任务|工作目标|工作计划|任务|目标|计划)$/;

/** The last part of the year a column of its work is headed by, or null. */
export const periodOfHeader = (word: string): string | null => PERIOD_HEADER.exec(wordOf(word))?.[1] ?? null;

/** `第四季度` over `做好年度总结`: a label or column whose word is a part of the year gives its value that time (`第四季度：做好…`). */
export function datedValue(word: string, value: string): string {
  return DATED_WORD.test(wordOf(word)) ? `${squeeze(word)}：${value}` : value;
}


/**
 * `【牵头单位】X【配合单位】Y` → `牵头单位：X；配合单位：Y`: labels printed in black brackets instead of before a colon; the first
 * one after the item's text starts a sentence of labels (`…。牵头单位：`).
 */
export function bracketLabels(text: string): string {
  if (!text.includes('【')) return text;
  let seen = false;
  return text.replace(/【([^【】：:]{2,8})】/g, (whole, word: string, at: number) => {
    if (!isRoleLabel(fieldOf(word))) return whole;
    const before = text.slice(0, at).trim();
    const lead = seen ? '；' : before === '' || /[。.；;]$/.test(before) ? '' : '。';
    seen = true;
    return `${lead}${word}：`;
  });
}

/** `牵头单位 区民政局`: a role label parted from its value by spaces alone (a copy that lost the colon). */
export function spacedLabel(text: string): { field: Field; label: string; value: string } | null {
  const m = /^[\s\u3000]*([\u4e00-\u9fff]{4,8})[ \t\u3000]+([^\s\u3000].*)$/.exec(text);
  const field = m ? fieldOf(m[1] ?? '') : null;
  return m && isRoleLabel(field) ? { field, label: m[1] ?? '', value: (m[2] ?? '').trim() } : null;
}
