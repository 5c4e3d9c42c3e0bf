// What a document says about its joint conference (联席会议): name, convener and office, read with bounded patterns.
import type { ParsedConference } from './parsed';

/** 建立辽宁省养老服务联席会议制度…省民政厅厅长为召集人…办公室设在省民政厅。 Quantifiers are bounded, so a long text cannot make these slow. */
export function readConference(text: string, line: number): ParsedConference | null {
  const name = /建立(?:由([^，,。；]{1,40}?)牵头的)?([^，,。；]{2,30}?联席会议)制度/.exec(text);
  if (!name) return null;
  const convener = /([^，,。；]{1,40}?)(?:厅长|局长|主任)?为召集人/.exec(text)?.[1] ?? name[1] ?? null;
  const office = /办公室设在([^，,。；]{1,40})/.exec(text)?.[1] ?? null;
  if (!convener) return null;
  return { name: name[2] ?? '', convener: convener.trim(), office: office?.trim() ?? null, line, raw: name[0] };
}
