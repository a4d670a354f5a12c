import { DomainError } from '../../common/errors/domain-error';

export const paperCategoryNotFound = (name: string) =>
  new DomainError('validation', 'PAPER_CATEGORY_UNKNOWN', `试卷分类“${name}”不存在`, [
    {
      field: 'paperCategory',
      code: 'PAPER_CATEGORY_UNKNOWN',
      message: `paperCategory：没有“${name}”这一分类`,
    },
  ]);
export const occupationExists = (name: string) =>
  new DomainError('conflict', 'OCCUPATION_EXISTS', `职业（工种）“${name}”已存在`);
export const occupationNotFound = () =>
  new DomainError('not-found', 'OCCUPATION_NOT_FOUND', '职业（工种）不存在');
