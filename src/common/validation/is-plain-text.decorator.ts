import { registerDecorator, ValidationOptions } from 'class-validator';
import { hasInvisibleCharacters, hasInvisibleInParagraphs } from '../text/invisible';

/**
 * Free text that is printed and exported (附件4, reasons, notes): line breaks and TAB are
 * fine, control and format characters are not — a NUL or BEL breaks exports, and a
 * right-to-left override (U+202E) makes a printed line read differently from what is stored.
 */
export function IsPlainText(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'isPlainText',
      target: target.constructor,
      propertyName: propertyName as string,
      options,
      validator: {
        validate: (value: unknown) => typeof value !== 'string' || !hasInvisibleInParagraphs(value),
      },
    });
}

/** A one-line name shown on sheets and lists: no line break, control or format character. */
export function IsOneLineText(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'isOneLineText',
      target: target.constructor,
      propertyName: propertyName as string,
      options,
      validator: {
        validate: (value: unknown) => typeof value !== 'string' || !hasInvisibleCharacters(value),
      },
    });
}
