import { Tickets } from '@element-plus/icons-vue';
import type { NavGroup } from '../meta';

const group: NavGroup = {
  title: '准考证',
  icon: Tickets,
  rank: 30,
  roles: ['department', 'unit'],
  routes: [
    {
      path: 'tickets',
      name: 'tickets',
      component: () => import('@/views/tickets/TicketsView.vue'),
      meta: { title: '准考证下载' },
    },
  ],
};

export default group;
