// The @nestjs/swagger CLI plugin as a ts-jest AST transformer, with the options of
// nest-cli.json, so tests read the same OpenAPI document `nest build` produces.
const plugin = require('@nestjs/swagger/plugin');
const nestCli = require('../nest-cli.json');

const options = nestCli.compilerOptions.plugins.find((p) => p.name === '@nestjs/swagger').options;

module.exports.name = 'nestjs-swagger-plugin';
module.exports.version = 1;
module.exports.factory = (compiler) => plugin.before(options, compiler.program);
