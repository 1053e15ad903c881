// Section 5 of `npm run bench` in a process of its own (scripts/bench.mjs bundles it
// beside run.js): the earlier sections leave a large heap and JIT state behind them
// that slowed the matcher ×1.5–1.7, which says nothing about the matcher.

import { parseRegister } from '../server/src/core';
import { benchEntities } from './entities';
import { sampleFile, sampleSources } from './sample';

void benchEntities(
  sampleSources().map((s) => s.text),
  parseRegister(sampleFile('register.yaml')).register.entries,
);
