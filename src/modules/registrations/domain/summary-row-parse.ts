import { LEVELS, type Level } from '../../exam-sessions/domain/session-rules';
import { ROUTES, type Route } from '../../eligibility/domain/eligibility.types';
import {
  SUMMARY_COLUMNS,
  SUMMARY_EXTRA_COLUMNS,
  type SummaryField,
} from '../../documents/excel/summary-columns';
import { parseDateInput, parseMonthInput } from './date-input';
import { EDUCATION_MESSAGE, isEducation } from './education';
import type { RegistrationInput } from './registration-input';
import { ROUTE_NAMES } from './route-names';

export type SummaryValues = Record<SummaryField, string | null>;

export interface RowError {
  column: string;
  code: string;
  message: string;
}

/** The column label import errors use ('身份证号', '现职业等级情况/获证时间'). */
const LABELS = new Map(
  [...SUMMARY_COLUMNS, ...SUMMARY_EXTRA_COLUMNS].map((c) => [c.key as string, c.label]),
);
export const labelOf = (field: SummaryField): string => LABELS.get(field)!;

/** Where a problem with a field that is not itself a column shows in the sheet. */
const OTHER_FIELDS: Record<Exclude<keyof RegistrationInput, SummaryField> | 'eligibility', string> =
  {
    nationalCertificate: labelOf('nationalCertLevel'),
    phone: '联系电话',
    eligibility: '申报资格',
  };

/**
 * The Chinese column header for a field a check names (person checks, eligibility), never the
 * internal field name; what no column holds counts as the eligibility decision.
 */
export function columnOfField(field: string): string {
  return (
    LABELS.get(field) ??
    OTHER_FIELDS[field as keyof typeof OTHER_FIELDS] ??
    OTHER_FIELDS.eligibility
  );
}

/** Level names as forms write them, national grades included (五级 … 二级). */
const LEVEL_WORDS: Record<string, Level> = {
  初级工: 'junior',
  初级: 'junior',
  五级: 'junior',
  五级初级工: 'junior',
  中级工: 'intermediate',
  中级: 'intermediate',
  四级: 'intermediate',
  四级中级工: 'intermediate',
  高级工: 'senior',
  高级: 'senior',
  三级: 'senior',
  三级高级工: 'senior',
  技师: 'technician',
  二级: 'technician',
  二级技师: 'technician',
};
const ROUTE_WORDS = new Map<string, Route>(
  Object.entries(ROUTE_NAMES).map(([code, name]) => [name, code as Route]),
);
const VERIFICATION = {
  已核查有效: 'verified',
  未核查: 'unverified',
  退役士兵承诺: 'commitment',
} as const;

/** Our own exports mark 免考复核认定 in the level cell (技师（免考复核认定）); the level is what counts. */
const EXEMPT_MARK = /[（(]\s*免考复核认定\s*[）)]/;

function levelOf(text: string): Level | undefined {
  const t = text.replace(EXEMPT_MARK, '').replace(/[（）()\s]/g, '');
  return (LEVELS as readonly string[]).includes(t) ? (t as Level) : LEVEL_WORDS[t];
}

/**
 * One row of 附件2 (and the template's extra columns) as a registration
 * input, or every problem with its cells. Business rules (ID check digit,
 * eligibility) come after, in the same checks the form uses.
 */
export function parseSummaryRow(
  v: SummaryValues,
): { input: RegistrationInput } | { errors: RowError[] } {
  const errors: RowError[] = [];
  // One problem per cell: what follows from the first (an empty cell is also not a valid level)
  // would only bury it.
  const failed = new Set<SummaryField>();
  const fail = (field: SummaryField, code: string, message: string) => {
    if (failed.has(field)) return;
    failed.add(field);
    errors.push({ column: labelOf(field), code, message });
  };
  const text = (f: SummaryField) => (v[f] ?? '').trim();
  const required = (f: SummaryField) => {
    if (!text(f)) fail(f, 'REQUIRED', `${labelOf(f)}不能为空`);
    return text(f);
  };
  const date = (f: SummaryField) => {
    const d = parseDateInput(text(f));
    if (text(f) && !d)
      fail(f, 'DATE_INVALID', `${labelOf(f)}“${text(f)}”不是有效日期（如 1998-09-01 或 1998.09）`);
    return d;
  };
  const level = (f: SummaryField) => {
    const l = levelOf(text(f));
    if (text(f) && !l) fail(f, 'LEVEL_INVALID', `${labelOf(f)}应为 初级工、中级工、高级工 或 技师`);
    return l ?? null;
  };
  const name = required('name');
  const gender = required('gender');
  if (gender && gender !== '男' && gender !== '女')
    fail('gender', 'GENDER_INVALID', '性别应为“男”或“女”');
  const birthMonth = parseMonthInput(required('birthMonth'));
  if (text('birthMonth') && !birthMonth)
    fail('birthMonth', 'DATE_INVALID', `出生年月“${text('birthMonth')}”无效（如 1975-03）`);
  const idNumber = required('idNumber');
  const education = required('education');
  if (education && !isEducation(education))
    fail('education', 'EDUCATION_INVALID', EDUCATION_MESSAGE);
  required('workStartDate');
  const workStartDate = date('workStartDate');
  const currentOccupation = text('currentOccupation') || null;
  const currentLevel = level('currentLevel');
  const currentCertDate = date('currentCertDate');
  const targetOccupation = required('targetOccupation');
  required('targetLevel');
  const targetLevel = level('targetLevel');
  const route = routeOf(text('route'), () =>
    fail('route', 'ROUTE_INVALID', `申报途径应为：${Object.values(ROUTE_NAMES).join('、')}`),
  );
  const confirmed = yesNo(text('confirmed'), () =>
    fail('confirmed', 'YES_NO', '是否已转正应填“是”或“否”'),
  );
  const years = text('yearsInOccupation');
  const yearsInOccupation = years ? Number(years) : null;
  if (
    years &&
    !(Number.isInteger(yearsInOccupation) && yearsInOccupation! >= 0 && yearsInOccupation! <= 60)
  ) {
    fail('yearsInOccupation', 'INTEGER', '从事本工种年限应为 0–60 的整数');
  }
  const cert = certificateOf(v, targetOccupation, level, fail);
  if (
    errors.length ||
    !workStartDate ||
    !targetLevel ||
    !birthMonth ||
    !route ||
    confirmed === undefined
  ) {
    return { errors };
  }
  return {
    input: {
      name,
      gender,
      birthMonth,
      idNumber,
      education,
      workStartDate,
      currentOccupation,
      currentLevel,
      currentCertDate,
      targetOccupation,
      targetLevel,
      route,
      confirmed,
      professionalTitle: text('professionalTitle') || null,
      yearsInOccupation,
      nationalCertificate: cert,
      phone: null,
    },
  };
}

/** Empty means 正常晋升 (a bare 附件2 has no route column). */
function routeOf(text: string, fail: () => void): Route | undefined {
  if (!text) return 'standard';
  const r =
    ROUTE_WORDS.get(text) ??
    ((ROUTES as readonly string[]).includes(text) ? (text as Route) : undefined);
  if (!r) fail();
  return r;
}

/** Empty means 是: listing someone in 附件2 states they are in post (一). */
function yesNo(text: string, fail: () => void): boolean | undefined {
  if (!text || text === '是') return true;
  if (text === '否') return false;
  fail();
  return undefined;
}

function certificateOf(
  v: SummaryValues,
  occupation: string,
  level: (f: SummaryField) => Level | null,
  fail: (f: SummaryField, code: string, message: string) => void,
): RegistrationInput['nationalCertificate'] {
  const levelText = (v.nationalCertLevel ?? '').trim();
  const certLevel = level('nationalCertLevel');
  const number = (v.nationalCertNumber ?? '').trim();
  const check = (v.nationalCertVerification ?? '').trim();
  if (!levelText && !number && !check) return null;
  if (!levelText) fail('nationalCertLevel', 'REQUIRED', '填写国家证书时须填证书等级');
  if (!number) fail('nationalCertNumber', 'REQUIRED', '填写国家证书时须填证书编号');
  if (!check) fail('nationalCertVerification', 'REQUIRED', '填写国家证书时须填证书核查结果');
  const kind = VERIFICATION[check as keyof typeof VERIFICATION];
  if (check && !kind)
    fail(
      'nationalCertVerification',
      'VERIFICATION_INVALID',
      `证书核查结果应为：${Object.keys(VERIFICATION).join('、')}`,
    );
  if (!certLevel || !number || !kind) return null;
  return {
    level: certLevel,
    occupation,
    number,
    verified: kind === 'verified',
    militaryCommitment: kind === 'commitment',
  };
}
