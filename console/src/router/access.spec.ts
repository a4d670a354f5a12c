import { describe, expect, it } from 'vitest';
import { defineComponent } from 'vue';
import { canOpen, navigationFor } from './access';
import type { NavGroup } from './meta';

const Page = defineComponent({ render: () => null });
const icon = Page;
const groups: NavGroup[] = [
  {
    title: '报名与审核',
    icon,
    rank: 20,
    roles: ['unit'],
    routes: [
      { path: 'unit/registrations', component: Page, meta: { title: '报名名单' } },
      {
        path: 'unit/registrations/new',
        component: Page,
        meta: { title: '新增报名', hideInMenu: true },
      },
    ],
  },
  {
    title: '工作台',
    icon,
    rank: 0,
    roles: ['unit', 'department', 'center-admin'],
    routes: [{ path: 'dashboard', component: Page, meta: { title: '工作台' } }],
  },
  {
    title: '基础数据',
    icon,
    rank: 90,
    roles: ['center-admin', 'center-staff'],
    routes: [
      { path: 'center/organizations', component: Page, meta: { title: '机构' } },
      {
        path: 'center/accounts',
        component: Page,
        meta: { title: '账号', roles: ['center-admin'] },
      },
    ],
  },
];

describe('navigation by role', () => {
  it('lists only what the role may open, by rank, without hidden pages', () => {
    expect(navigationFor(groups, 'unit')).toEqual([
      { title: '工作台', icon, items: [{ path: '/dashboard', title: '工作台', icon: undefined }] },
      {
        title: '报名与审核',
        icon,
        items: [{ path: '/unit/registrations', title: '报名名单', icon: undefined }],
      },
    ]);
  });

  it('lets a page narrow its group roles', () => {
    const staff = navigationFor(groups, 'center-staff');
    expect(staff.map((s) => s.items.map((i) => i.title))).toEqual([['机构']]);
    const admin = navigationFor(groups, 'center-admin');
    expect(admin.at(-1)?.items.map((i) => i.title)).toEqual(['机构', '账号']);
  });

  it('opens public pages to anyone and role pages to their roles', () => {
    expect(canOpen({ public: true }, null)).toBe(true);
    expect(canOpen({ roles: ['unit'] }, null)).toBe(false);
    expect(canOpen({ roles: ['unit'] }, 'department')).toBe(false);
    expect(canOpen({}, 'grader')).toBe(true);
  });
});
