/** A bulk button's state: enabled once rows are ticked, else disabled saying what to tick. */
export function selectionState(
  selected: number,
  what: string,
): { enabled: boolean; reason: string } {
  return selected ? { enabled: true, reason: '' } : { enabled: false, reason: `请先勾选${what}` };
}
