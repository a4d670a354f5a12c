/** LIKE pattern that matches `text` literally inside (security-checklist #23). Use with ESCAPE '\'. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
