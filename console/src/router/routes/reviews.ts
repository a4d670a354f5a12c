import { Medal } from '@element-plus/icons-vue';
import { ORG } from '@/auth/roles';
import type { NavGroup } from '../meta';

/**
 * Results: 技师综合评审 (附件4; units and departments fill the form, the center decides) and each
 * filed candidate's standing under the pass rule.
 */
const reviews: NavGroup = {
  title: '考核结果',
  icon: Medal,
  rank: 45,
  roles: ORG,
  routes: [
    {
      path: 'reviews/technician',
      name: 'technician-reviews',
      component: () => import('@/views/reviews/TechnicianReviewsView.vue'),
      meta: { title: '技师综合评审' },
    },
    {
      path: 'results',
      name: 'candidate-results',
      component: () => import('@/views/results/CandidateResultsView.vue'),
      meta: { title: '合格判定' },
    },
  ],
};

export default reviews;
