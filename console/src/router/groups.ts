import type { NavGroup } from './meta';

/** Every route module under routes/, merged: each exports a NavGroup or a list of them. */
const modules = import.meta.glob<NavGroup | NavGroup[]>('./routes/*.ts', {
  eager: true,
  import: 'default',
});

export const navGroups: NavGroup[] = Object.values(modules)
  .flat()
  .sort((a, b) => a.rank - b.rank);
