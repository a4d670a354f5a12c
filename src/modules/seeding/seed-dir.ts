import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** seed/ at the project root, whether running from src/, dist/ or a benchmark build. */
export const SEED_DIR = [
  join(__dirname, '../../../seed'),
  join(__dirname, '../../../../seed'),
].find((d) => existsSync(join(d, 'demo.json')))!;
