import { DomainError, type ErrorDetail } from '../../common/errors/domain-error';
import type { DecisionRefusal } from './domain/exempt-decision';

export const passInputInvalid = (details: ErrorDetail[]) =>
  new DomainError('validation', 'VALIDATION_FAILED', '请求参数校验失败', details);

export const exemptCandidateNotFound = () =>
  new DomainError('not-found', 'REGISTRATION_NOT_FOUND', '报名不存在或无权访问');

export const exemptDecisionStale = () =>
  new DomainError('conflict', 'VERSION_CONFLICT', '该免考复核认定已被他人更改，请刷新后再认定');

export const exemptDecisionRefused = (r: DecisionRefusal) =>
  r.kind === 'validation'
    ? new DomainError('validation', r.code, r.message, [
        { field: r.field, code: r.code, message: r.message },
      ])
    : new DomainError('conflict', r.code, r.message);
