/**
 * Password strength (ASVS 2.1; 等保 身份鉴别): 10 to 128 characters, at least
 * three of lower case, upper case, digits and symbols, not the user name, not
 * a well-known password. The upper bound also protects the hash from huge
 * inputs (security-checklist #14).
 */
export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 128;

const COMMON = new Set([
  'password123',
  'password1234',
  'qwerty12345',
  '1234567890',
  'admin12345',
  'admin123456',
  'abc1234567',
  'a123456789',
  'p@ssw0rd123',
  'passw0rd123',
  'iloveyou123',
  'woaini1314',
]);

export function passwordProblems(password: string, username?: string): string[] {
  const problems: string[] = [];
  if (password.length < PASSWORD_MIN) problems.push(`密码长度不少于 ${PASSWORD_MIN} 位`);
  if (password.length > PASSWORD_MAX) problems.push(`密码长度不超过 ${PASSWORD_MAX} 位`);
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((r) => r.test(password));
  if (classes.length < 3) problems.push('密码须包含大写字母、小写字母、数字、符号中的至少三类');
  if (username && password.toLowerCase().includes(username.toLowerCase())) {
    problems.push('密码不能包含用户名');
  }
  if (COMMON.has(password.toLowerCase())) problems.push('密码过于常见');
  if (/^\s|\s$/.test(password)) problems.push('密码首尾不能是空白字符');
  return problems;
}
