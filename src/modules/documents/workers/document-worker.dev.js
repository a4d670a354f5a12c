'use strict';
/**
 * The document worker when the service runs from its TypeScript sources (jest): Node's worker
 * threads do not use jest's transformer, so `.ts` files are transpiled here on require, one file
 * at a time, with the compiler the project already has. The built service never loads this file:
 * it runs dist/.../document-worker.js.
 */
const { readFileSync } = require('node:fs');

if (!require.extensions['.ts']) {
  const ts = require('typescript');
  const compilerOptions = {
    module: ts.ModuleKind.CommonJS,
    target: ts.ScriptTarget.ES2022,
    esModuleInterop: true,
    experimentalDecorators: true,
    emitDecoratorMetadata: true,
    inlineSourceMap: true,
  };
  require.extensions['.ts'] = (module, filename) => {
    const source = readFileSync(filename, 'utf8');
    const { outputText } = ts.transpileModule(source, { compilerOptions, fileName: filename });
    module._compile(outputText, filename);
  };
}

module.exports = require('./document-worker.ts');
