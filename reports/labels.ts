// What only the renderers need (colours to print, date arithmetic) beside the labels every reader shares
// (machines/labels), re-exported for the report renderers (督查通报, 绩效考核, 台账).
import type { Colour } from '../machines';
export { COLOURS, COLOUR_LABEL, STATE_LABEL, milestoneLabel } from '../machines';

/** fills of the ledger and the charts, pale enough to print */
export const COLOUR_HEX: Record<Colour, string> = {
  green: '4CAF50',
  blue: '2F80ED',
  yellow: 'F2C94C',
  red: 'EB5757',
  grey: 'A0A0A0',
};
export const COLOUR_FILL: Record<Colour, string> = {
  green: 'C6EFCE',
  blue: 'BDD7EE',
  yellow: 'FFEB9C',
  red: 'FFC7CE',
  grey: 'D9D9D9',
};

const DAY_MS = 86_400_000;
const SHANGHAI_MS = 8 * 3_600_000;

/** the end of a Shanghai day: a report "as of" a date counts that whole day */
export const endOfDay = (date: string): string => `${date}T23:59:59+08:00`;
export const ms = (instant: string): number => Date.parse(instant);
/** the Shanghai calendar date of an instant */
export const shanghaiDate = (instant: string | number): string =>
  new Date((typeof instant === 'number' ? instant : ms(instant)) + SHANGHAI_MS).toISOString().slice(0, 10);
export const shanghaiMonth = (instant: string): string => shanghaiDate(instant).slice(0, 7);
/** whole days from `from` to `to`, rounded up (a due at 10:00 today is one day overdue at midnight) */
export const daysBetween = (from: string, to: string): number => Math.ceil((ms(to) - ms(from)) / DAY_MS);
export const addDays = (instant: string, days: number): number => ms(instant) + days * DAY_MS;
