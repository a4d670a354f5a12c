import type { Schemas } from '@/api/client';
import type { Role } from '@/auth/session';

type Row = Pick<Schemas['ReviewListItem'], 'state' | 'open' | 'closedReason' | 'centerNote'>;

/** What the list says beside a review's state: why it is closed or came back, who acts next. */
export function reviewNote(row: Row): string {
  if (!row.open) return row.closedReason ?? '';
  switch (row.state) {
    case 'pending':
      return '可填写考核表';
    case 'draft':
      return row.centerNote ? `中心退回：${row.centerNote}` : '填写中，待主管部门报送市中心';
    case 'submitted':
      return '已报送市中心，待评审';
    default:
      return row.centerNote ? `评审说明：${row.centerNote}` : '市中心已记录评审结果';
  }
}

/** Whether `role` may still write this form (填写) or only read it (查看). */
export function mayFill(row: Pick<Row, 'state' | 'open'>, role: Role | null): boolean {
  return (
    row.open &&
    (row.state === 'pending' || row.state === 'draft') &&
    (role === 'unit' || role === 'department')
  );
}

/** The step a role takes on a list of forms at once: the department reports, the center decides. */
export type BulkStep = 'submit' | 'decide';

export function bulkStepOf(role: Role | null): BulkStep | null {
  if (role === 'department') return 'submit';
  if (role === 'center-admin' || role === 'center-staff') return 'decide';
  return null;
}

/** Whether a row may be ticked for the step: an open draft to report, a reported form to decide. */
export function selectableFor(row: Pick<Row, 'state' | 'open'>, step: BulkStep): boolean {
  return row.open && row.state === (step === 'submit' ? 'draft' : 'submitted');
}
