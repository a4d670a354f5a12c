// Generates src/api/schema.d.ts from the OpenAPI document of the built service
// (`nest build` applies the @nestjs/swagger plugin of nest-cli.json), so the console
// is typed against the API it talks to.
//   node console/scripts/openapi.mjs          write the types
//   node console/scripts/openapi.mjs --check  fail when the committed types are stale
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const consoleDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const root = join(consoleDir, '..');
const writer = join(root, 'dist', 'write-openapi.js');
const target = join(consoleDir, 'src', 'api', 'schema.d.ts');
const check = process.argv.includes('--check');

if (!existsSync(writer)) {
  console.error(`${relative(root, writer)} is missing: build the service first (npx nest build)`);
  process.exit(1);
}
const document = JSON.parse(
  execFileSync(process.execPath, [writer], { cwd: root, maxBuffer: 64 * 1024 * 1024 }).toString(),
);
const header =
  '// Generated from the service OpenAPI document by console/scripts/openapi.mjs.\n' +
  '// Do not edit: run `npm run openapi` at the repository root after changing the API.\n\n';
const generated = header + astToString(await openapiTS(document));

if (check) {
  const committed = existsSync(target) ? readFileSync(target, 'utf8') : '';
  if (committed !== generated) {
    console.error(
      `${relative(root, target)} is stale: the API changed. Run \`npm run openapi\` and commit the result.`,
    );
    process.exit(1);
  }
  console.log(`${relative(root, target)} matches the API`);
} else {
  writeFileSync(target, generated);
  console.log(`wrote ${relative(root, target)}`);
}
