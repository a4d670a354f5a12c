import { defineConfig } from 'vitest/config';
import ByName from './e2e/sequencer';

// Browser tests: Debian's Chromium driven by playwright-core against the built service
// (node dist/main.js) on a temporary SQLite database; see e2e/server.ts.
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['e2e/global-setup.ts'],
    fileParallelism: false,
    sequence: { sequencer: ByName },
    testTimeout: 90_000,
    hookTimeout: 90_000,
    reporters: ['default'],
  },
});
