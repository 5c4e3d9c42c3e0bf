// Public surface of the importer (导入): importDocument, rebasePlan, the seed catalog and the typed ImportError.
export { importDocument, detectLayout, type ImportOptions, type ImportResult } from './import';
export { rebasePlan, rebaseReportLine } from './rebase';
export { ImportError, type ImportErrorCode } from './errors';
export { OverridesSchema, type Overrides } from './overrides';
export { loadSeedPlans, importSeed, canonicalJson, SEED_FILES, PLANS_DIR } from './catalog';
export { parseSchedulePhrase, findProseTargets } from './schedule-phrases';
export { splitUnitList, splitPdfUnitCell } from './unit-list';
