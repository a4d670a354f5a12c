import { EditPen } from '@element-plus/icons-vue';
import type { NavGroup } from '../meta';

const group: NavGroup = {
  title: '单位报名',
  icon: EditPen,
  rank: 10,
  roles: ['unit'],
  routes: [
    {
      path: 'unit/registrations',
      name: 'unit-registrations',
      component: () => import('@/views/unit/UnitRegistrationsView.vue'),
      meta: { title: '报名名单' },
    },
    {
      path: 'unit/registrations/new',
      name: 'unit-registration-new',
      component: () => import('@/views/unit/RegistrationEditView.vue'),
      meta: { title: '新增报名' },
    },
    {
      path: 'unit/registrations/:id',
      name: 'unit-registration',
      component: () => import('@/views/unit/RegistrationEditView.vue'),
      meta: { title: '报名信息', hideInMenu: true, activeMenu: '/unit/registrations' },
    },
    {
      path: 'unit/import',
      name: 'unit-import',
      component: () => import('@/views/unit/ImportView.vue'),
      meta: { title: '批量导入（附件2）' },
    },
    {
      path: 'unit/publicities',
      name: 'unit-publicities',
      component: () => import('@/views/registrations/PublicitiesView.vue'),
      meta: { title: '公示' },
    },
  ],
};

export default group;
