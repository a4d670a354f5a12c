import type { Component } from 'vue';
import type { RouteRecordRaw } from 'vue-router';
import type { Role } from '@/auth/session';

declare module 'vue-router' {
  interface RouteMeta {
    /** Page title (browser tab, breadcrumb, navigation). */
    title?: string;
    icon?: Component;
    /** Who may open the page; absent: anyone signed in. */
    roles?: readonly Role[];
    /** Open without signing in (sign-in, door check). */
    public?: boolean;
    /** Reachable while the initial password still has to be changed. */
    allowPendingPassword?: boolean;
    /** A page reached from another (a form, a detail), not listed in the navigation. */
    hideInMenu?: boolean;
    /** The navigation entry to highlight for a hidden page. */
    activeMenu?: string;
  }
}

/** A group of the left navigation: one task area, ordered by rank. */
export interface NavGroup {
  title: string;
  icon: Component;
  rank: number;
  /** Pages under the signed-in layout; each page's meta.roles defaults to the group's. */
  roles: readonly Role[];
  routes: RouteRecordRaw[];
}
