import type { Schemas } from '@/api/client';
import type { Role } from '@/auth/session';
import { CENTER, hasRole } from '@/auth/roles';

export type Publication = Schemas['PublicationResponse'];

/** What the 结果发布 screen offers for a year's publication state and the signed-in role. */
export function publicationActions(p: Publication | null, role: Role | null) {
  const center = hasRole(role, CENTER);
  const published = p?.state === 'published';
  return {
    /** 发布考核结果: the center, while not published; the service still checks readiness. */
    showPublish: !!p && center && !published,
    /** Enabled only when nothing blocks it (the blockers are listed instead). */
    canPublish: !!p && center && !published && p.blockers.length === 0,
    /** 重新开放: the administrator only, after publishing. */
    canReopen: !!p && published && role === 'center-admin',
    /**
     * The pass list: once published (also while reopened: the list published stands until the
     * next publishing), the internal and public editions; before the first publishing the
     * center may download a preview computed from the results.
     */
    passList: !p
      ? null
      : p.state !== 'unpublished'
        ? ('final' as const)
        : center
          ? ('preview' as const)
          : null,
  };
}

/** The confirmation before publishing: what it does, in the clerk's words. */
export function publishConfirmation(p: Publication): string {
  const again = p.state === 'reopened';
  return [
    `发布 ${p.examYear} 年度考核结果：印发合格人员名单（${p.passed} 人），`,
    again
      ? '为新合格者按等级顺序编号核发合格证明，不再合格者的证书将被吊销；'
      : '为名单上每人按等级顺序编号核发合格证明并记入证书台账；',
    '发布后成绩、综合评审、免考复核认定和报考资格冻结，更正须由中心管理员重新开放。是否发布？',
  ].join('');
}
