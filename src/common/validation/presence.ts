import { ValidateIf } from 'class-validator';

/**
 * May be left out, but when sent must be a value: `null` is not "left out"
 * and fails the field's other validators (unlike `@IsOptional()`, which lets
 * `null` through).
 */
export const OmittableButNotNull = () =>
  ValidateIf((_: object, value: unknown) => value !== undefined);
