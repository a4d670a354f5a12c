import { Medal } from '@element-plus/icons-vue';
import { CENTER, ORG } from '@/auth/roles';
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
    {
      path: 'results/publication',
      name: 'results-publication',
      component: () => import('@/views/results/PublicationView.vue'),
      meta: { title: '结果发布', roles: CENTER },
    },
    {
      path: 'certificates',
      name: 'certificates',
      component: () => import('@/views/certificates/CertificatesView.vue'),
      meta: { title: '合格证明' },
    },
  ],
};

export default reviews;
