import type { RouteLocationRaw } from 'vue-router';
import type { Role } from '@/auth/session';
import type { RegistrationStatus } from '@/dict';

/** One "waiting for me" card: the registrations in a state, and where to handle them. */
export interface Task {
  status: RegistrationStatus;
  title: string;
  hint: string;
  to: RouteLocationRaw;
  /** Needs the user's action (highlighted when not zero), or only progress to watch. */
  action: boolean;
}

const unitList = (status: RegistrationStatus) => ({
  path: '/unit/registrations',
  query: { status },
});
const deptList = (status: RegistrationStatus) => ({
  path: '/department/registrations',
  query: { status },
});
const centerList = (status: RegistrationStatus) => ({
  path: '/center/registrations',
  query: { status },
});

const UNIT: Task[] = [
  {
    status: 'registered',
    title: '待单位审核',
    hint: '审核本单位报名（确认二(一)条件）',
    to: unitList('registered'),
    action: true,
  },
  {
    status: 'unit-returned',
    title: '已退回待修改',
    hint: '单位退回或公示异议，修改后重新审核',
    to: unitList('unit-returned'),
    action: true,
  },
  {
    status: 'department-returned',
    title: '主管部门退回',
    hint: '按退回原因修改后重新审核',
    to: unitList('department-returned'),
    action: true,
  },
  {
    status: 'unit-approved',
    title: '待开始公示',
    hint: '审核通过，公示 5 个工作日',
    to: unitList('unit-approved'),
    action: true,
  },
  {
    status: 'in-publicity',
    title: '公示中',
    hint: '公示结束次日起报送主管部门',
    to: unitList('in-publicity'),
    action: false,
  },
  {
    status: 'submitted',
    title: '已报主管部门',
    hint: '等待主管部门复审',
    to: unitList('submitted'),
    action: false,
  },
  {
    status: 'accepted',
    title: '中心已备案',
    hint: '准考证在打印期内下载',
    to: unitList('accepted'),
    action: false,
  },
];

const DEPARTMENT: Task[] = [
  {
    status: 'submitted',
    title: '待复审',
    hint: '所属单位报送的报名',
    to: deptList('submitted'),
    action: true,
  },
  {
    status: 'department-approved',
    title: '待报送市中心',
    hint: '复审通过，报送市就业和人才服务中心',
    to: { path: '/department/batches' },
    action: true,
  },
  {
    status: 'department-returned',
    title: '已退回单位',
    hint: '等待单位修改后重新报送',
    to: deptList('department-returned'),
    action: false,
  },
  {
    status: 'department-submitted',
    title: '已报中心待备案',
    hint: '等待中心备案',
    to: deptList('department-submitted'),
    action: false,
  },
  {
    status: 'accepted',
    title: '中心已备案',
    hint: '准考证在打印期内下载',
    to: { path: '/tickets' },
    action: false,
  },
];

const CENTER: Task[] = [
  {
    status: 'department-submitted',
    title: '待备案人数',
    hint: '主管部门已报送的报名',
    to: { path: '/center/batches' },
    action: true,
  },
  {
    status: 'accepted',
    title: '已备案',
    hint: '编排考场与座位',
    to: { path: '/center/allocation' },
    action: false,
  },
  {
    status: 'cancelled',
    title: '已取消报考资格',
    hint: '七(三)',
    to: centerList('cancelled'),
    action: false,
  },
];

export function tasksFor(role: Role | null): Task[] {
  switch (role) {
    case 'unit':
      return UNIT;
    case 'department':
      return DEPARTMENT;
    case 'center-admin':
    case 'center-staff':
      return CENTER;
    default:
      return [];
  }
}

/** A "waiting for me" card that is not a registration state (publicity progress, batches). */
export interface WaitingCard {
  key: string;
  count: number;
  title: string;
  hint: string;
  to: RouteLocationRaw;
  action: boolean;
}

interface Waiting {
  publicityEnded: number;
  publicitiesRunning: number;
  nextPublicityEndDate: string | null;
  batchesWaiting: number | null;
}

/** The cards the counts call adds to the states': what ends soon and what may move on now. */
export function waitingCardsFor(role: Role | null, w: Waiting | null): WaitingCard[] {
  if (!w || !role || role === 'grader') return [];
  const center = role === 'center-admin' || role === 'center-staff';
  const cards: WaitingCard[] = [];
  if (role === 'unit' || role === 'department') {
    cards.push({
      key: 'publicity-ended',
      count: w.publicityEnded,
      title: role === 'unit' ? '公示期满待报送' : '所属单位公示期满',
      hint: role === 'unit' ? '公示期满次日起可报送主管部门' : '等待单位报送复审',
      to: role === 'unit' ? unitList('in-publicity') : deptList('in-publicity'),
      action: role === 'unit',
    });
  }
  cards.push({
    key: 'publicities-running',
    count: w.publicitiesRunning,
    title: '进行中的公示',
    hint: w.nextPublicityEndDate ? `最早于 ${w.nextPublicityEndDate} 期满` : '暂无进行中的公示',
    to:
      role === 'unit'
        ? { path: '/unit/publicities' }
        : center
          ? { path: '/center/publicities' }
          : { path: '/department/publicities' },
    action: false,
  });
  if (w.batchesWaiting !== null) {
    cards.push({
      key: 'batches',
      count: w.batchesWaiting,
      title: center ? '待备案批次' : '已报中心待备案批次',
      hint: center ? '主管部门报送的批次，备案或退回' : '等待市中心备案',
      to: center ? { path: '/center/batches' } : { path: '/department/batches' },
      action: center,
    });
  }
  return cards;
}
