import { Checked, School, Setting } from '@element-plus/icons-vue';
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

const scheduling: NavGroup = {
  title: '考务编排',
  icon: School,
  rank: 50,
  roles: CENTER,
  routes: [
    {
      path: 'center/venues',
      name: 'center-venues',
      component: () => import('@/views/scheduling/VenuesView.vue'),
      meta: { title: '考点与房间' },
    },
    {
      path: 'center/sittings',
      name: 'center-sittings',
      component: () => import('@/views/scheduling/SittingsView.vue'),
      meta: { title: '考试场次' },
    },
    {
      path: 'center/allocation',
      name: 'center-allocation',
      component: () => import('@/views/scheduling/AllocationView.vue'),
      meta: { title: '编排与发布' },
    },
    {
      path: 'center/exam-rooms',
      name: 'center-exam-rooms',
      component: () => import('@/views/scheduling/ExamRoomsView.vue'),
      meta: { title: '考场资料' },
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

export default [acceptance, scheduling, setup];
