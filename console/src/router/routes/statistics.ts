import { DataAnalysis } from '@element-plus/icons-vue';
import type { NavGroup } from '../meta';

/** A session's figures: the center's dashboard of the whole city, a department's own. */
const statistics: NavGroup = {
  title: '统计分析',
  icon: DataAnalysis,
  rank: 46,
  roles: ['center-admin', 'center-staff', 'department'],
  routes: [
    {
      path: 'statistics',
      name: 'statistics',
      component: () => import('@/views/statistics/StatisticsView.vue'),
      meta: { title: '考核统计' },
    },
  ],
};

export default statistics;
