import { ElMessage } from 'element-plus';
import { createRouter, createWebHistory, type RouteLocationNormalized } from 'vue-router';
import { onSessionEnded, session } from '@/auth/session';
import { asApiError } from '@/api/errors';
import { canOpen, withGroupRoles } from './access';
import { navGroups } from './groups';
import './meta';

const SYSTEM = '工勤技能人员技术等级晋升考核';

export const router = createRouter({
  history: createWebHistory(),
  routes: [
    {
      path: '/login',
      name: 'login',
      component: () => import('@/views/auth/LoginView.vue'),
      meta: { title: '登录', public: true },
    },
    {
      path: '/check',
      name: 'ticket-check',
      component: () => import('@/views/door/TicketCheckView.vue'),
      meta: { title: '准考证核验', public: true },
    },
    {
      path: '/',
      component: () => import('@/layout/AppLayout.vue'),
      redirect: '/dashboard',
      children: [
        ...navGroups.flatMap(withGroupRoles),
        {
          path: 'change-password',
          name: 'change-password',
          component: () => import('@/views/auth/ChangePasswordView.vue'),
          meta: { title: '修改密码', hideInMenu: true, allowPendingPassword: true },
        },
        {
          path: 'forbidden',
          name: 'forbidden',
          component: () => import('@/views/errors/ForbiddenView.vue'),
          meta: { title: '无权访问', hideInMenu: true },
        },
        {
          path: ':pathMatch(.*)*',
          name: 'not-found',
          component: () => import('@/views/errors/NotFoundView.vue'),
          meta: { title: '页面不存在', hideInMenu: true },
        },
      ],
    },
  ],
});

/**
 * The one guard: public pages pass; otherwise a session is needed (its account is read once),
 * a pending initial password allows only the change-password page, and the page's roles
 * must include the user's.
 */
router.beforeEach(async (to: RouteLocationNormalized) => {
  if (to.meta.public) return true;
  if (!session.signedIn.value) {
    return { name: 'login', query: to.fullPath === '/' ? {} : { redirect: to.fullPath } };
  }
  if (!session.state.me) {
    try {
      await session.loadMe();
    } catch (err) {
      const e = asApiError(err);
      if (e.status !== 401) ElMessage.error(e.message);
      return { name: 'login', query: { redirect: to.fullPath } };
    }
  }
  if (session.mustChangePassword.value && !to.meta.allowPendingPassword) {
    return { name: 'change-password', query: { first: '1' } };
  }
  if (!canOpen(to.meta, session.role.value)) return { name: 'forbidden' };
  return true;
});

router.afterEach((to) => {
  document.title = to.meta.title ? `${to.meta.title} - ${SYSTEM}` : SYSTEM;
});

/** Whatever ended the session (401 anywhere, idle, sign-out): back to sign-in, once. */
onSessionEnded(() => {
  const current = router.currentRoute.value;
  if (current.meta.public) return;
  void router.replace({
    name: 'login',
    query: current.fullPath === '/' ? {} : { redirect: current.fullPath },
  });
});
