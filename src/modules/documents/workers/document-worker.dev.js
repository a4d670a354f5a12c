'use strict';
/**
 * The document worker when the service runs from its TypeScript sources (jest): Node's worker
 * threads do not use jest's transformer, so `.ts` files are transpiled here on require, one file
 * at a time, with the compiler the project already has. The built service never loads this file:
 * it runs dist/.../document-worker.js.
 */
const { createHash } = require('node:crypto');
const { mkdirSync, readFileSync, renameSync, writeFileSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

// Transpiled files are kept by content hash, so each new worker thread starts in well under a second.
const CACHE = join(tmpdir(), 'exam-document-worker-ts');

if (!require.extensions['.ts']) {
  const version = require('typescript/package.json').version;
  const transpile = (filename, source) => {
    const key = createHash('sha256').update(version).update(filename).update(source);
    const cached = join(CACHE, `${key.digest('hex')}.js`);
    try {
      return readFileSync(cached, 'utf8');
    } catch {
      const ts = require('typescript');
      const compilerOptions = {
        module: ts.ModuleKind.CommonJS,
        target: ts.ScriptTarget.ES2022,
        esModuleInterop: true,
        experimentalDecorators: true,
        emitDecoratorMetadata: true,
        inlineSourceMap: true,
      };
      const { outputText } = ts.transpileModule(source, { compilerOptions, fileName: filename });
      mkdirSync(CACHE, { recursive: true });
      // Written aside and renamed: a second thread never reads a half-written file.
      const partial = `${cached}.${process.pid}.${require('node:worker_threads').threadId}`;
      writeFileSync(partial, outputText);
      renameSync(partial, cached);
      return outputText;
    }
  };
  require.extensions['.ts'] = (module, filename) => {
    module._compile(transpile(filename, readFileSync(filename, 'utf8')), filename);
  };
}

module.exports = require('./document-worker.ts');
