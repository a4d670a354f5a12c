import { Checked, Document, School, Setting } from '@element-plus/icons-vue';
import { CENTER } from '@/auth/roles';
import type { NavGroup } from '../meta';

const acceptance: NavGroup = {
  title: '报名受理',
  icon: Checked,
  rank: 40,
  roles: CENTER,
  routes: [
    {
      path: 'center/batches',
      name: 'center-batches',
      component: () => import('@/views/center/CenterBatchesView.vue'),
      meta: { title: '备案受理' },
    },
    {
      path: 'center/registrations',
      name: 'center-registrations',
      component: () => import('@/views/center/CenterRegistrationsView.vue'),
      meta: { title: '报名查询' },
    },
    {
      path: 'center/exempt-reviews',
      name: 'center-exempt-reviews',
      component: () => import('@/views/results/ExemptDecisionsView.vue'),
      meta: { title: '免考复核认定' },
    },
    {
      path: 'center/publicities',
      name: 'center-publicities',
      component: () => import('@/views/registrations/PublicitiesView.vue'),
      meta: { title: '公示情况' },
    },
  ],
};

const scheduling: NavGroup = {
  title: '考务编排',
  icon: School,
  rank: 50,
  roles: CENTER,
  routes: [
    {
      path: 'center/venues',
      name: 'center-venues',
      component: () => import('@/views/scheduling/VenuesView.vue'),
      meta: { title: '考点与房间' },
    },
    {
      path: 'center/sittings',
      name: 'center-sittings',
      component: () => import('@/views/scheduling/SittingsView.vue'),
      meta: { title: '考试场次' },
    },
    {
      path: 'center/allocation',
      name: 'center-allocation',
      component: () => import('@/views/scheduling/AllocationView.vue'),
      meta: { title: '编排与发布' },
    },
    {
      path: 'center/exam-rooms',
      name: 'center-exam-rooms',
      component: () => import('@/views/scheduling/ExamRoomsView.vue'),
      meta: { title: '考场资料' },
    },
  ],
};

const setup: NavGroup = {
  title: '基础数据',
  icon: Setting,
  rank: 60,
  roles: CENTER,
  routes: [
    {
      path: 'center/sessions',
      name: 'center-sessions',
      component: () => import('@/views/setup/ExamSessionsView.vue'),
      meta: { title: '考核年度与日期' },
    },
    {
      path: 'center/extensions',
      name: 'center-extensions',
      component: () => import('@/views/setup/ExtensionsView.vue'),
      meta: { title: '期限延长' },
    },
    {
      path: 'center/departments',
      name: 'center-departments',
      component: () => import('@/views/setup/DepartmentsView.vue'),
      meta: { title: '主管部门' },
    },
    {
      path: 'center/units',
      name: 'center-units',
      component: () => import('@/views/setup/UnitsView.vue'),
      meta: { title: '单位' },
    },
    {
      path: 'center/organizations/import',
      name: 'center-organizations-import',
      component: () => import('@/views/setup/OrganizationImportView.vue'),
      meta: { title: '导入机构', hideInMenu: true, activeMenu: '/center/units' },
    },
    {
      path: 'center/accounts',
      name: 'center-accounts',
      component: () => import('@/views/setup/AccountsView.vue'),
      meta: { title: '账号', roles: ['center-admin'] },
    },
    {
      path: 'center/accounts/import',
      name: 'center-accounts-import',
      component: () => import('@/views/setup/AccountImportView.vue'),
      meta: {
        title: '导入账号',
        roles: ['center-admin'],
        hideInMenu: true,
        activeMenu: '/center/accounts',
      },
    },
    {
      path: 'center/calendar',
      name: 'center-calendar',
      component: () => import('@/views/setup/CalendarView.vue'),
      meta: { title: '工作日历' },
    },
  ],
};

const audit: NavGroup = {
  title: '审计',
  icon: Document,
  rank: 70,
  roles: CENTER,
  routes: [
    {
      path: 'center/audit',
      name: 'center-audit',
      component: () => import('@/views/setup/AuditView.vue'),
      meta: { title: '审计日志' },
    },
  ],
};

export default [acceptance, scheduling, setup, audit];
