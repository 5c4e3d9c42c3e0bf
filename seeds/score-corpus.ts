// Prints the corpus score table for seeds/corpus/README.md: `npx tsx seeds/score-corpus.ts`.
import { loadCorpus, scoreDocument, scoreTable } from './corpus';

process.stdout.write(`${scoreTable(loadCorpus().map(scoreDocument))}\n`);
