import { Medal } from '@element-plus/icons-vue';
import { ORG } from '@/auth/roles';
import type { NavGroup } from '../meta';

/** 技师综合评审 (附件4): units and departments fill the form, the center decides. */
const reviews: NavGroup = {
  title: '综合评审',
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
  ],
};

export default reviews;
