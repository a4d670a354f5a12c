import { HomeFilled } from '@element-plus/icons-vue';
import { ALL } from '@/auth/roles';
import type { NavGroup } from '../meta';

const group: NavGroup = {
  title: '工作台',
  icon: HomeFilled,
  rank: 0,
  roles: ALL,
  routes: [
    {
      path: 'dashboard',
      name: 'dashboard',
      component: () => import('@/views/dashboard/DashboardView.vue'),
      meta: { title: '工作台' },
    },
  ],
};

export default group;
