import { Transform } from 'class-transformer';

/** Surrounding white space is never part of a value. */
export const Trim = () =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));

/** Query strings carry booleans as text: "true" and "false" become booleans, anything else fails validation. */
export const QueryBoolean = () =>
  Transform(({ value }: { value: unknown }) =>
    value === 'true' ? true : value === 'false' ? false : value,
  );
