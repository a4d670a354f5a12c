/** A session's registrations as allocation sees them. */
export interface RegistrationCounts {
  /** 中心已备案, sitting the exam: the candidates to seat. */
  acceptedExam: number;
  /** 中心已备案, 免考复核认定 (二(九)): reviewed, not examined. */
  acceptedExempt: number;
  /** 已取消报考资格 (七(三)). */
  cancelled: number;
  /** Still with the unit, the department or waiting for 备案. */
  inProgress: number;
}

/**
 * Why there is nobody to seat (Chinese), or null when someone is: only candidates the center
 * has filed (备案, 三(二)3) who sit the exam are seated.
 */
export function nobodyToSeatReason(c: RegistrationCounts): string | null {
  if (c.acceptedExam > 0) return null;
  const parts: string[] = [];
  if (c.acceptedExempt > 0)
    parts.push(`已备案的 ${c.acceptedExempt} 人均为免考复核认定（二(九)），不参加考试`);
  if (c.cancelled > 0) parts.push(`${c.cancelled} 人已被取消报考资格`);
  if (c.inProgress > 0) parts.push(`${c.inProgress} 人尚在审核或报送中，中心备案后方可编排`);
  const total = c.acceptedExempt + c.cancelled + c.inProgress;
  const head = total === 0 ? '本年度尚无报名，没有需要编排考场的考生' : '没有需要编排考场的考生';
  if (total === 0) return head;
  if (c.acceptedExempt === 0) return `${head}：尚无经中心备案的参考考生；${parts.join('；')}`;
  return `${head}：${parts.join('；')}`;
}

export interface AllocationCounts {
  candidates: number;
  kept: number;
  placed: number;
  released: number;
  tickets: number;
}

/** What an allocation run did, in one Chinese sentence. */
export function allocationMessage(r: AllocationCounts, dryRun: boolean): string {
  const verb = dryRun ? '试算' : '编排';
  if (r.placed === 0 && r.released === 0 && r.kept > 0) {
    return `全部 ${r.candidates} 名考生均已安排座位，没有需要新安排或释放的座位（${verb}未做更改）`;
  }
  return (
    `${verb}完成：参考考生 ${r.candidates} 人，保留座位 ${r.kept} 个，新安排 ${r.placed} 个，` +
    `释放 ${r.released} 个，准考证 ${r.tickets} 张`
  );
}
