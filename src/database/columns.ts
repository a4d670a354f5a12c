import { Column, ColumnOptions, ValueTransformer } from 'typeorm';

/**
 * Instants are stored as ISO-8601 UTC strings (`2025-07-25T15:59:59.999Z`):
 * the same text on SQLite and PostgreSQL, sortable, never shifted by a server
 * time zone.
 */
const instantTransformer: ValueTransformer = {
  to: (value?: Date | null) => (value instanceof Date ? value.toISOString() : value),
  from: (value?: string | null) => (value == null ? value : new Date(value)),
};

export const InstantColumn = (options: ColumnOptions & { name: string }): PropertyDecorator =>
  Column({ type: 'varchar', length: 24, transformer: instantTransformer, ...options });

/** A calendar date `YYYY-MM-DD` (China time), stored as text on both databases. */
export const DateOnlyColumn = (options: ColumnOptions & { name: string }): PropertyDecorator =>
  Column({ type: 'varchar', length: 10, ...options });

/** Primary keys are UUIDs assigned by the application (never guessable). */
export const ID_LENGTH = 36;
