// What only the renderers need (colours to print) beside the labels every reader shares (machines/labels),
// re-exported for the report renderers (督查通报, 绩效考核, 台账); dates are machines/deadline's.
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

/** epoch milliseconds of an instant (for comparing; dates themselves are machines/deadline's) */
export const ms = (instant: string): number => Date.parse(instant);
