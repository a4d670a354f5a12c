import { EditPen, Finished } from '@element-plus/icons-vue';
import { CENTER } from '@/auth/roles';
import type { NavGroup } from '../meta';

/** Score entry (graders) and the center's assignment, discrepancies and locking. */
const grading: NavGroup = {
  title: '成绩录入',
  icon: EditPen,
  rank: 45,
  roles: ['grader'],
  routes: [
    {
      path: 'scoring/my-sheets',
      name: 'scoring-my-sheets',
      component: () => import('@/views/scoring/MySheetsView.vue'),
      meta: { title: '我的评分表' },
    },
    {
      path: 'scoring/sheets/:sittingId/:examRoom/entry',
      name: 'scoring-entry',
      component: () => import('@/views/scoring/EntryView.vue'),
      meta: { title: '录入成绩', hideInMenu: true, activeMenu: '/scoring/my-sheets' },
    },
  ],
};

const scores: NavGroup = {
  title: '成绩管理',
  icon: Finished,
  rank: 55,
  roles: CENTER,
  routes: [
    {
      path: 'scoring/assignments',
      name: 'scoring-assignments',
      component: () => import('@/views/scoring/GraderAssignmentsView.vue'),
      meta: { title: '评分员分配' },
    },
    {
      path: 'scoring/sheets',
      name: 'scoring-sheets',
      component: () => import('@/views/scoring/CenterSheetsView.vue'),
      meta: { title: '评分表与锁定' },
    },
    {
      path: 'scoring/discrepancies',
      name: 'scoring-discrepancies',
      component: () => import('@/views/scoring/DiscrepanciesView.vue'),
      meta: { title: '差异核对' },
    },
  ],
};

export default [grading, scores];
