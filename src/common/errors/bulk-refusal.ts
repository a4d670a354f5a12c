import { DomainError } from './domain-error';

/** One refused item of a bulk request: which, and the error its own request would answer. */
export interface RefusedItem {
  id: string;
  /** The person's name where the caller may see it (none for an id outside the scope). */
  name?: string;
  error: DomainError;
}

/** A validation error says what is wrong in its detail; any other error in itself. */
const detailOf = (e: DomainError): { code: string; message: string } => {
  const d = e.kind === 'validation' ? e.details[0] : undefined;
  return d ? { code: d.code ?? e.code, message: d.message } : e;
};

/**
 * A bulk request writes every item or none. When any is refused it answers with the status and
 * code of the first refused item (in the order sent) and lists every refused item in `details`
 * (`field` = its id, with its own code and words), so the console can mark them.
 */
export function bulkRefusal(what: string, refused: readonly RefusedItem[]): DomainError {
  const first = refused[0].error;
  return new DomainError(
    first.kind,
    first.code,
    `${refused.length} ${what}，未做任何更改`,
    refused.map((r) => {
      const { code, message } = detailOf(r.error);
      return { field: r.id, code, message: r.name ? `${r.name}：${message}` : message };
    }),
  );
}

/** The ids a scoped load did not return: refused as not found, before any other check. */
export function missingItems(
  ids: readonly string[],
  found: ReadonlyMap<string, unknown>,
  notFound: () => DomainError,
): RefusedItem[] {
  return ids.filter((id) => !found.has(id)).map((id) => ({ id, error: notFound() }));
}
