import { Tickets } from '@element-plus/icons-vue';
import { CENTER } from '@/auth/roles';
import type { NavGroup } from '../meta';

/** 证书台账: beside the center's set-up screens. */
const ledger: NavGroup = {
  title: '证书台账',
  icon: Tickets,
  rank: 65,
  roles: CENTER,
  routes: [
    {
      path: 'center/ledger',
      name: 'center-ledger',
      component: () => import('@/views/ledger/LedgerView.vue'),
      meta: { title: '证书台账' },
    },
  ],
};

export default ledger;
