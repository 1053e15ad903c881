// Section 5 of `npm run bench` in a process of its own (scripts/bench.mjs bundles it
// beside run.js): the earlier sections leave a large heap and JIT state behind them
// that slowed the matcher ×1.5–1.7, which says nothing about the matcher.

import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { parseRegister } from '../server/src/core';
import { REPO } from '../test/fixtures/gold';
import { benchEntities } from './entities';

const root = path.join(REPO, 'corpus');
const texts = readdirSync(path.join(root, 'sources'))
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(path.join(root, 'sources', f), 'utf8'));
void benchEntities(texts, parseRegister(readFileSync(path.join(root, 'register.yaml'), 'utf8')).register.entries);
