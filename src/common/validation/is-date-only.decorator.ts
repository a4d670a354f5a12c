import { registerDecorator, ValidationOptions } from 'class-validator';
import { isDateOnly } from '../dates/date-only';

/** A calendar date `YYYY-MM-DD` that exists (2025-02-30 is refused). */
export function IsDateOnly(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'isDateOnly',
      target: target.constructor,
      propertyName: propertyName as string,
      options,
      validator: { validate: (value: unknown) => isDateOnly(value) },
    });
}
