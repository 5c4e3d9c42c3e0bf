// Public surface of the importer (导入): importDocument / importFile, rebasePlan, the limits, the seed catalog and the typed ImportError.
export { importDocument, importFile, importSource, type ImportOptions, type ImportProgress, type ImportResult } from './import';
export { rebasePlan, rebaseReportLine } from './rebase';
export { ImportError, IMPORT_ERROR_CODES, type ImportErrorCode } from './errors';
export { IMPORT_LIMITS } from './limits';
export { OverridesSchema, type Overrides } from './overrides';
export { loadSeedPlans, importSeed, canonicalJson, SEED_FILES, PLANS_DIR } from './catalog';
export { parseSchedulePhrase, findProseTargets } from './schedule-phrases';
export { splitUnitList, splitPdfUnitCell } from './unit-list';
