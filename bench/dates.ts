// Date engine throughput on the sample corpus, against the libraries people
// would otherwise reach for: chrono-node and compromise-dates.

import { performance } from 'node:perf_hooks';
import * as chrono from 'chrono-node';
import { recognizeDates } from '../server/src/core';

const fmt = (n: number, d = 2) => n.toFixed(d);

function best(fn: () => unknown, runs: number): number {
  let ms = Infinity;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    ms = Math.min(ms, performance.now() - t);
  }
  return ms;
}

export async function benchDates(texts: string[]): Promise<void> {
  const text = texts.join('\n\n');
  const mb = Buffer.byteLength(text) / 1048576;
  // compromise is an ES module; load it the way its documentation shows.
  const nlp = (await import('compromise')).default;
  const datesPlugin = (await import('compromise-dates')).default;
  nlp.plugin(datesPlugin);

  const big = Array(10).fill(text).join('\n\n');
  const bigMb = mb * 10;
  const clioMs = best(() => recognizeDates(big), 5);
  const chronoMs = best(() => chrono.parse(text), 3);
  const compromiseMs = best(() => (nlp(text) as unknown as { dates(): { json(): unknown[] } }).dates().json(), 1);
  const rows = [
    ['Clio', bigMb / (clioMs / 1000), recognizeDates(text).length],
    ['chrono-node', mb / (chronoMs / 1000), chrono.parse(text).length],
    ['compromise-dates', mb / (compromiseMs / 1000), (nlp(text) as unknown as { dates(): { json(): unknown[] } }).dates().json().length],
  ] as const;
  console.log(`\n6. Date recognition throughput on the sample corpus (${fmt(mb * 1024, 0)} KiB; Clio on 10 copies), one core`);
  for (const [name, rate, found] of rows) console.log(`   ${name.padEnd(17)} ${fmt(rate).padStart(7)} MB/s · ${String(found).padStart(4)} expressions found`);
  console.log(`   ratio:            Clio is ×${fmt(rows[0][1] / rows[1][1], 1)} chrono-node and ×${fmt(rows[0][1] / rows[2][1], 1)} compromise-dates (target ≥ 10 MB/s)`);
}
