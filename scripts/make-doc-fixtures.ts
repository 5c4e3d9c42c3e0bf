// Writes test/import/fixtures/<seed>.doc: each seed's rows as an HTML page (test/support/seed-formats), saved as Word 97–2003
// by LibreOffice (`soffice`, Debian's libreoffice-writer-nogui), since no npm library writes .doc. Run by hand when the seeds
// change: `npx tsx scripts/make-doc-fixtures.ts`; the tests read the committed files and need no LibreOffice.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SEED_FILES } from '../seeds';
import { seedParts, toHtml } from '../test/support/seed-formats';

const out = join(import.meta.dirname, '..', 'test', 'import', 'fixtures');
const work = mkdtempSync(join(tmpdir(), 'duban-doc-'));
const ids = SEED_FILES.map((f) => f.replace(/\.txt$/, ''));
for (const id of ids) writeFileSync(join(work, `${id}.html`), toHtml(seedParts(`${id}.txt`)));
execFileSync('soffice', ['--headless', '--infilter=HTML (StarWriter)', '--convert-to', 'doc:MS Word 97', '--outdir', work, ...ids.map((id) => join(work, `${id}.html`))], { stdio: 'ignore' });
for (const id of ids) copyFileSync(join(work, `${id}.doc`), join(out, `${id}.doc`));
console.log(`wrote ${ids.length} .doc files to ${out}`);
