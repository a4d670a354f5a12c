import { DomainError } from '../../common/errors/domain-error';

export const sessionNotFound = (year?: number) =>
  new DomainError(
    'not-found',
    'EXAM_SESSION_NOT_FOUND',
    year === undefined ? '尚未设置当前考核年度' : `${year} 年度考核不存在`,
  );
export const sessionExists = (year: number) =>
  new DomainError('conflict', 'EXAM_SESSION_EXISTS', `${year} 年度考核已存在`);
export const invalidSession = (problems: string[]) =>
  new DomainError(
    'validation',
    'EXAM_SESSION_INVALID',
    `考核设置有误：${problems.join('；')}`,
    problems.map((message) => ({ code: 'EXAM_SESSION_INVALID', message })),
  );
