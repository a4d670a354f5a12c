import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { MetadataScanner, ModulesContainer, Reflector } from '@nestjs/core';
import { PUBLIC_KEY, ROLES_KEY } from '../../src/common/auth/auth.decorators';
import { createTestApp, TestApp } from './harness';

/** security-checklist #5: a route without declared access fails the build. */
describe('route declarations (e2e)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('every handler is either @Public or names its roles', () => {
    const modules = [...t.app.get(ModulesContainer).values()];
    const reflector = t.app.get(Reflector, { strict: false });
    const scanner = new MetadataScanner();
    const undeclared: string[] = [];
    let routes = 0;
    for (const wrapper of modules.flatMap((m) => [...m.controllers.values()])) {
      const instance = wrapper.instance;
      const proto = Object.getPrototypeOf(instance) as Record<string, unknown>;
      for (const name of scanner.getAllMethodNames(proto)) {
        const handler = proto[name] as () => unknown;
        if (Reflect.getMetadata(METHOD_METADATA, handler) === undefined) continue;
        routes += 1;
        const targets = [handler, instance.constructor];
        const isPublic = reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets);
        const roles = reflector.getAllAndOverride<string[]>(ROLES_KEY, targets);
        if (!isPublic && !roles?.length) {
          undeclared.push(
            `${instance.constructor.name}.${name} ${Reflect.getMetadata(PATH_METADATA, handler)}`,
          );
        }
      }
    }
    expect(routes).toBeGreaterThan(30);
    expect(undeclared).toEqual([]);
  });
});
