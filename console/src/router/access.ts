import type { RouteMeta, RouteRecordRaw } from 'vue-router';
import { hasRole } from '@/auth/roles';
import type { Role } from '@/auth/session';
import type { NavGroup } from './meta';

/** Gives every page of a group the group's roles unless it names its own. */
export function withGroupRoles(group: NavGroup): RouteRecordRaw[] {
  return group.routes.map((r) => ({
    ...r,
    meta: { ...r.meta, roles: r.meta?.roles ?? group.roles },
  }));
}

export function canOpen(meta: RouteMeta, role: Role | null): boolean {
  if (meta.public) return true;
  return hasRole(role, meta.roles);
}

export interface NavItem {
  path: string;
  title: string;
  icon?: RouteMeta['icon'];
}
export interface NavSection {
  title: string;
  icon: NavGroup['icon'];
  items: NavItem[];
}

/** The left navigation for a role: groups by rank, only the pages the role may open. */
export function navigationFor(groups: readonly NavGroup[], role: Role | null): NavSection[] {
  return [...groups]
    .sort((a, b) => a.rank - b.rank)
    .map((g) => ({
      title: g.title,
      icon: g.icon,
      items: withGroupRoles(g)
        .filter((r) => r.meta && !r.meta.hideInMenu && canOpen(r.meta, role))
        .map((r) => ({ path: `/${r.path}`, title: r.meta?.title ?? '', icon: r.meta?.icon })),
    }))
    .filter((s) => s.items.length > 0);
}
