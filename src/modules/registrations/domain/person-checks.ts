import { type DateOnly, fullYearsBetween } from '../../../common/dates/date-only';
import { hasInvisibleCharacters } from '../../../common/text/invisible';
import { isIdProblem, parseIdNumber } from './id-card';

export interface PersonFacts {
  name: string;
  gender: string;
  /** YYYY-MM */
  birthMonth: string;
  idNumber: string;
  workStartDate: DateOnly;
  currentCertDate: DateOnly | null;
}

export interface FieldProblem {
  field: string;
  code: string;
  message: string;
}

/** Working age in China starts at 16 (劳动法 第十五条). */
const MIN_WORK_AGE = 16;
/** Han characters (with extensions), Latin letters, the middle dot of minority names, spaces. */
export const PERSON_NAME = /^[\u3400-\u9fff\u{20000}-\u{2ffff}A-Za-z·•. ]{1,30}$/u;

/**
 * The person's data must agree with itself (security-checklist #24): the ID
 * number passes GB 11643, 出生年月 and 性别 match it, work started at 16 or
 * later, and no date lies after today.
 */
export function personProblems(p: PersonFacts, today: DateOnly): FieldProblem[] {
  const out: FieldProblem[] = [];
  const add = (field: string, code: string, message: string) => out.push({ field, code, message });
  if (hasInvisibleCharacters(p.name)) {
    add('name', 'NAME_INVISIBLE_CHARACTERS', '姓名含有换行、制表符或不可见字符，请删除后重新输入');
  } else if (!PERSON_NAME.test(p.name.trim())) {
    add('name', 'NAME_INVALID', '姓名应为 1–30 个汉字或字母');
  }
  const id = parseIdNumber(p.idNumber);
  if (isIdProblem(id)) {
    add('idNumber', 'ID_NUMBER_INVALID', id.problem);
  } else {
    if (id.birthDate.slice(0, 7) !== p.birthMonth) {
      add(
        'birthMonth',
        'BIRTH_MONTH_MISMATCH',
        `出生年月 ${p.birthMonth} 与身份证号（${id.birthDate.slice(0, 7)}）不一致`,
      );
    }
    if (id.gender !== p.gender)
      add('gender', 'GENDER_MISMATCH', `性别“${p.gender}”与身份证号（${id.gender}）不一致`);
    if (fullYearsBetween(id.birthDate, p.workStartDate) < MIN_WORK_AGE) {
      add(
        'workStartDate',
        'WORK_START_TOO_EARLY',
        `参加工作时间 ${p.workStartDate} 时未满 ${MIN_WORK_AGE} 周岁`,
      );
    }
  }
  if (p.workStartDate > today) add('workStartDate', 'DATE_IN_FUTURE', '参加工作时间不能晚于今天');
  if (p.currentCertDate && p.currentCertDate > today)
    add('currentCertDate', 'DATE_IN_FUTURE', '获证时间不能晚于今天');
  return out;
}
