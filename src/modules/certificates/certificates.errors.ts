import { DomainError } from '../../common/errors/domain-error';

export const publicationRefused = (r: { code: string; message: string }) =>
  new DomainError('conflict', r.code, r.message);

export const notReadyToPublish = (blockers: string[]) =>
  new DomainError(
    'conflict',
    'RESULTS_NOT_READY',
    `尚不能发布考核结果：${blockers.join('；')}`,
    blockers.map((message) => ({ code: 'RESULTS_NOT_READY', message })),
  );

export const publicationStale = () =>
  new DomainError('conflict', 'VERSION_CONFLICT', '发布状态已被他人更改，请刷新后再操作');

export const certificateNotFound = () =>
  new DomainError('not-found', 'CERTIFICATE_NOT_FOUND', '证书不存在或无权访问');

export const certificateStale = () =>
  new DomainError('conflict', 'VERSION_CONFLICT', '该证书已被他人更改，请刷新后再操作');

export const certificateNotValid = (status: string) =>
  new DomainError(
    'conflict',
    'CERTIFICATE_NOT_VALID',
    status === 'revoked' ? '该证书已被吊销，不能再吊销或补发' : '该证书已被补发的新证书替代',
  );

export const sameName = () =>
  new DomainError('validation', 'NAME_UNCHANGED', '更正后的姓名与原证书相同', [
    { field: 'name', code: 'NAME_UNCHANGED', message: '更正后的姓名与原证书相同' },
  ]);

export const tooManyVerifications = () =>
  new DomainError('rate-limited', 'TOO_MANY_VERIFICATIONS', '查询过于频繁，请稍后再试');

export const passListNotPublished = () =>
  new DomainError('not-found', 'PASS_LIST_NOT_PUBLISHED', '本年度合格人员名单尚未发布');
