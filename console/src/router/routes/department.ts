import { Stamp } from '@element-plus/icons-vue';
import type { NavGroup } from '../meta';

const group: NavGroup = {
  title: '主管部门复审',
  icon: Stamp,
  rank: 20,
  roles: ['department'],
  routes: [
    {
      path: 'department/registrations',
      name: 'department-registrations',
      component: () => import('@/views/department/DepartmentRegistrationsView.vue'),
      meta: { title: '单位报名复审' },
    },
    {
      path: 'department/publicities',
      name: 'department-publicities',
      component: () => import('@/views/registrations/PublicitiesView.vue'),
      meta: { title: '各单位公示' },
    },
    {
      path: 'department/batches',
      name: 'department-batches',
      component: () => import('@/views/department/DepartmentBatchesView.vue'),
      meta: { title: '报送市中心' },
    },
  ],
};

export default group;
