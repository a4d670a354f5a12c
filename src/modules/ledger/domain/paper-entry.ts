import type { DateOnly } from '../../../common/dates/date-only';
import { isIdProblem, parseIdNumber } from '../../registrations/domain/id-card';

export interface PaperFacts {
  idNumber: string;
  certDate: DateOnly;
}

export interface EntryProblem {
  field: string;
  code: string;
  message: string;
}

/**
 * What a paper 合格证明 must satisfy to be recorded: a valid citizen ID number (GB 11643)
 * and a 获证时间 that has happened, after the holder was born.
 */
export function paperEntryProblems(e: PaperFacts, today: DateOnly): EntryProblem[] {
  const problems: EntryProblem[] = [];
  const id = parseIdNumber(e.idNumber);
  if (isIdProblem(id))
    problems.push({
      field: 'idNumber',
      code: 'ID_NUMBER_INVALID',
      message: `idNumber：${id.problem}`,
    });
  if (e.certDate > today)
    problems.push({
      field: 'certDate',
      code: 'CERT_DATE_IN_FUTURE',
      message: `certDate：获证时间 ${e.certDate} 晚于今天（${today}）`,
    });
  else if (!isIdProblem(id) && e.certDate <= id.birthDate)
    problems.push({
      field: 'certDate',
      code: 'CERT_DATE_BEFORE_BIRTH',
      message: `certDate：获证时间 ${e.certDate} 早于身份证号中的出生日期 ${id.birthDate}`,
    });
  return problems;
}
