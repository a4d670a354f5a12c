import { DomainError, type ErrorDetail } from '../../common/errors/domain-error';

export const passInputInvalid = (details: ErrorDetail[]) =>
  new DomainError('validation', 'VALIDATION_FAILED', '请求参数校验失败', details);
