import { DomainError } from '../../common/errors/domain-error';

export const yearNotCovered = (year: number) =>
  new DomainError(
    'unprocessable',
    'CALENDAR_YEAR_NOT_COVERED',
    `${year} 年的法定节假日安排尚未录入，无法计算工作日；请中心管理员先录入该年安排`,
  );

export const yearMismatch = (year: number, date: string) =>
  new DomainError('validation', 'CALENDAR_DATE_OUTSIDE_YEAR', `日期 ${date} 不在 ${year} 年内`, [
    { field: 'holidays', code: 'CALENDAR_DATE_OUTSIDE_YEAR', message: `${date} 不在 ${year} 年内` },
  ]);

export const overrideNotFound = () =>
  new DomainError('not-found', 'CALENDAR_OVERRIDE_NOT_FOUND', '该日期没有中心设定');
