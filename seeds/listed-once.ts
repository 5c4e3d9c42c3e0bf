// `以下各项工作均需X负责落实，不再一一列出`: units a list names once for every task below (and, with 此项及以下, this one too).
import { foldScript } from './text';

// bounded quantifiers only: a search costs a constant per start, so it stays linear in the role group
const REMARK =
  '((?:此项|本项|本条)及)?以下(?:各项|各条|所有|全部)?(?:[\u4e00-\u9fff]{0,8}?(?:均|都)(?:需|由|要|须)?|[\u4e00-\u9fff]{0,8}?(?:需|由|要|须)|(?:工作|任务|措施|事项){0,2})(.{2,60}?)[，,]?(?:不再一一列出|不再列出|不再重复列出|不再一一标注|不再另列|不再单独列出)';

/** The remark alone (a role group's clause or a note): group 1 is 此项及 when it holds for its own task, group 2 the units with their duty words. */
const WHOLE = new RegExp(`^${REMARK}[。.]?$`, 'd');
const INSIDE = new RegExp(`${REMARK}([。.])?`);

export interface ListedOnce {
  /** the units as printed, their duty words (负责落实) still on */
  units: string;
  /** 此项及以下: the task that prints it is one of them */
  includesOwn: boolean;
}

/** The units of a remark that is nothing but `以下…均需X落实，不再列出`; null for any other text. */
export function listedOnce(text: string): ListedOnce | null {
  const m = WHOLE.exec(foldScript(text.trim()));
  if (!m) return null;
  const [start, end] = m.indices?.[2] ?? [0, 0];
  return { units: text.trim().slice(start, end), includesOwn: m[1] !== undefined };
}

/** A role group with the remark cut out of it, its full stop left to close the sentence before (`市人社局,此项及以下任务均需各县(市、区)落实,不再列出。各…` → `市人社局,。各…`), and the remark. */
export function cutListedOnce(inner: string): { rest: string; remark: string } | null {
  const m = INSIDE.exec(foldScript(inner));
  if (!m) return null;
  const end = m.index + m[0].length;
  return { rest: `${inner.slice(0, m.index)}${m[3] ? inner.slice(end - 1, end) : ''}${inner.slice(end)}`, remark: inner.slice(m.index, end) };
}
