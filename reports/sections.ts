// The bulletin's numbered sections (一、二、…): sections without content for this plan are left out, the rest numbered in order. Pure.

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** 一 … 十, then the number itself (a bulletin has well under ten sections) */
export const numeral = (i: number): string => NUMERALS[i] ?? String(i + 1);

export interface Section<T> {
  id: string;
  title: string;
  en: string;
  /** false: the plan has nothing of the kind (no collectives, no child plans), so the section is not printed */
  shown: boolean;
  body: T;
}

/** the shown sections, each titled `四、成员单位落实情况` by its place among them */
export const numbered = <T>(sections: readonly Section<T>[]): (Section<T> & { heading: string })[] =>
  sections.filter((s) => s.shown).map((s, i) => ({ ...s, heading: `${numeral(i)}、${s.title}` }));
