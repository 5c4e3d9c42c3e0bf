// The import report: one line per guess, repair or override, so nothing is decided silently.
import { z } from 'zod';

export const ReportKindSchema = z.enum([
  'headerDropped', // repeated PDF header row
  'junkDropped', // a row with no content (e.g. `,  ,  -`)
  'textCut', // the text ends inside an item (a copy cut short): the item is not read, and named
  'charactersNormalised', // full-width digits and letters, no-break and zero-width spaces a copy printed, made plain before reading
  'numberInferred', // missing or broken number inferred from order
  'rowMerged', // continuation row merged into its task
  'cellsAligned', // a row's cells not one per column (a cell left no paragraph, or ran over several), placed by what each holds
  'columnInferred', // a header word no list uses, its column's role taken from where it stands
  'leadInferred', // empty lead cell taken from the row above (merged PDF cell)
  'unitRepaired', // unit name glued back from PDF fragments
  'unitPrefixed', // level prefix carried down a list
  'unitUnknown', // a mention that is not in the units directory
  'scheduleUnparsed', // damaged or unknown schedule text
  'yearCarried', // a year-less date (9月底前) given the year of the dated phrase before it in the same text (2017年6月底前)
  'scheduleCarried', // a task printing no time of its own given the one the list states for all its items (上述…务必于4月19日前整改完毕)
  'sectionRecovered', // section title recovered from a damaged line
  'conferenceDefault', // the document names no conference; default used
  'override', // a curated fix from seeds/overrides/<plan>.json
  'rebased', // dates shifted by --rebase
  'metadataDefault', // title/issuer/issue date not printed; a reasoned default used
  'collectiveExpanded', // a collective's members found (divisions dataset, conference, document, override)
  'collectiveUnexpanded', // a collective left without members, and why
]);
export type ReportKind = z.infer<typeof ReportKindSchema>;

export const ReportLineSchema = z.object({
  kind: ReportKindSchema,
  taskNo: z.string().nullable(),
  /** 1-based source line, null for whole-plan decisions */
  line: z.number().int().positive().nullable(),
  raw: z.string(),
  decision: z.string(),
});
export type ReportLine = z.infer<typeof ReportLineSchema>;

export const ImportReportSchema = z.object({
  planId: z.string(),
  file: z.string(),
  layout: z.enum(['numberedCells', 'rowTable', 'prose']),
  tasks: z.number().int().nonnegative(),
  counts: z.partialRecord(ReportKindSchema, z.number().int().nonnegative()),
  lines: z.array(ReportLineSchema),
});
export type ImportReport = z.infer<typeof ImportReportSchema>;
