import { Collection } from '@element-plus/icons-vue';
import { ORG } from '@/auth/roles';
import type { NavGroup } from '../meta';

/** Reference data of the notice: the center edits it, departments and units read it. */
const group: NavGroup = {
  title: '参考数据',
  icon: Collection,
  rank: 65,
  roles: ORG,
  routes: [
    {
      path: 'catalog/occupations',
      name: 'catalog-occupations',
      component: () => import('@/views/catalog/OccupationsView.vue'),
      meta: { title: '职业（工种）目录' },
    },
  ],
};

export default group;
