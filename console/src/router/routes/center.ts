import { Checked, Setting } from '@element-plus/icons-vue';
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
      path: 'center/publicities',
      name: 'center-publicities',
      component: () => import('@/views/registrations/PublicitiesView.vue'),
      meta: { title: '公示情况' },
    },
  ],
};

const setup: NavGroup = {
  title: '基础数据',
  icon: Setting,
  rank: 60,
  roles: CENTER,
  routes: [],
};

export default [acceptance, setup];
