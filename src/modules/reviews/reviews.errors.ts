import { DomainError, ErrorDetail } from '../../common/errors/domain-error';
import {
  illegalReviewStepMessage,
  type ReviewAction,
  type ReviewStatus,
} from './domain/review-status';

export const reviewCandidateNotFound = () =>
  new DomainError('not-found', 'REVIEW_CANDIDATE_NOT_FOUND', '技师综合评审人员不存在或无权访问');

export const reviewNotOpen = (reason: string) =>
  new DomainError('conflict', 'REVIEW_NOT_OPEN', `综合评审尚未开始：${reason}`);

export const illegalReviewStep = (status: ReviewStatus, action: ReviewAction) =>
  new DomainError('conflict', 'REVIEW_ILLEGAL_STEP', illegalReviewStepMessage(status, action));

export const reviewRoleCannot = () =>
  new DomainError('forbidden', 'REVIEW_ROLE_CANNOT', '当前角色不能进行此项综合评审操作');

export const staleReview = () =>
  new DomainError(
    'conflict',
    'STALE_VERSION',
    '综合评审表已被他人修改，请刷新后在最新内容上重新操作',
  );

export const reviewIncomplete = (details: ErrorDetail[]) =>
  new DomainError(
    'unprocessable',
    'REVIEW_INCOMPLETE',
    `技师级别考核表尚未填写完整：${details.map((d) => d.message).join('；')}`,
    details,
  );

export const reasonRequired = () =>
  new DomainError('validation', 'VALIDATION_FAILED', '请求参数校验失败', [
    { field: 'reason', code: 'REQUIRED', message: '退回或更改评审结果须填写原因' },
  ]);
