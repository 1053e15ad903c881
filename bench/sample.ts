// The sample corpus as the benches read it: its register and its source texts,
// shared by the main bench and the matcher's bench in its own process.

import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { REPO } from '../test/fixtures/gold';

export const SAMPLE_ROOT = path.join(REPO, 'corpus');

/** A file of the sample corpus, by its path inside it. */
export function sampleFile(rel: string): string {
  return readFileSync(path.join(SAMPLE_ROOT, rel), 'utf8');
}

/** The sample sources, keyed as the index keys them ("sources/…txt"). */
export function sampleSources(): { key: string; text: string }[] {
  return readdirSync(path.join(SAMPLE_ROOT, 'sources'))
    .filter((f) => f.endsWith('.txt'))
    .map((f) => ({ key: `sources/${f}`, text: sampleFile(`sources/${f}`) }));
}
