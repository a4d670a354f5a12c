import type { ValidationError } from 'class-validator';
import type { ErrorDetail } from '../errors/domain-error';

/** Chinese wording for each class-validator constraint we use. */
const MESSAGES: Record<string, string> = {
  whitelistValidation: '不允许的字段',
  isDefined: '不能为空',
  isNotEmpty: '不能为空',
  isString: '必须是字符串',
  isInt: '必须是整数',
  isNumber: '必须是数字',
  isBoolean: '必须是 true 或 false',
  isIn: '取值不在允许范围内',
  isEnum: '取值不在允许范围内',
  isUUID: '必须是有效的编号（UUID）',
  // class-validator 0.15 names its UUID constraint so.
  isUuid: '必须是有效的编号（UUID）',
  isArray: '必须是数组',
  isObject: '必须是对象',
  nestedValidation: '格式不正确',
  maxLength: '过长',
  minLength: '过短',
  max: '超过允许的最大值',
  min: '小于允许的最小值',
  arrayMaxSize: '元素过多',
  arrayMinSize: '元素过少',
  matches: '格式不正确',
  isDateOnly: '必须是真实存在的日期，格式 YYYY-MM-DD',
  isPlainText: '不能包含控制字符或不可见的格式字符（如方向控制符）',
  isOneLineText: '不能包含换行、控制字符或不可见的格式字符（如方向控制符）',
  isScore: '须为 0 至 100 的数字，至多一位小数',
  notWith: '分数与缺考、违纪标记只能给出其一',
  isIdCardNumber: '不是有效的身份证号码（GB 11643 校验不通过）',
};

/**
 * Flattens nested class-validator errors into `{ field, code, message }` details. A field that
 * is missing or empty is reported as that alone: its other constraints (type, length, format)
 * fail only because there is no value, and would bury the one thing to fix.
 */
export function toValidationDetails(errors: ValidationError[], parent = ''): ErrorDetail[] {
  const out: ErrorDetail[] = [];
  for (const error of errors) {
    const field = parent ? `${parent}.${error.property}` : error.property;
    for (const code of reportedConstraints(error)) {
      out.push({ field, code, message: `${field}：${messageOf(error, code)}` });
    }
    if (error.children?.length) out.push(...toValidationDetails(error.children, field));
  }
  return out;
}

function reportedConstraints(error: ValidationError): string[] {
  const codes = Object.keys(error.constraints ?? {});
  if (codes.includes('whitelistValidation')) return codes;
  if (codes.length && (error.value === undefined || error.value === null)) return ['isDefined'];
  if (codes.includes('isNotEmpty')) return ['isNotEmpty'];
  return codes;
}

/** A decorator may give its own Chinese wording as `context: { message }` (e.g. the values allowed). */
function messageOf(error: ValidationError, code: string): string {
  const context = error.contexts?.[code] as { message?: unknown } | undefined;
  if (typeof context?.message === 'string') return context.message;
  return MESSAGES[code] ?? '取值无效';
}
