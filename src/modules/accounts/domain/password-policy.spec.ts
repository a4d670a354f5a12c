import { passwordProblems, PASSWORD_MAX } from './password-policy';

describe('passwordProblems', () => {
  it.each([
    ['Exam#2025ok', 'admin'],
    ['zhangsan-Pass9', 'clerk'],
    ['ABCdefghij1', 'u1'],
    ['长密码ABC123def', 'u1'],
  ])('accepts a strong password %s', (pw, user) => {
    expect(passwordProblems(pw, user)).toEqual([]);
  });

  it.each([
    ['Ab1#', '密码长度不少于 10 位'],
    ['abcdefghijkl', '密码须包含大写字母、小写字母、数字、符号中的至少三类'],
    ['abcdefgh12', '密码须包含大写字母、小写字母、数字、符号中的至少三类'],
    ['xAdmin#2025x', '密码不能包含用户名'],
    ['P@ssw0rd123', '密码过于常见'],
    [' Exam#2025ok', '密码首尾不能是空白字符'],
  ])('refuses %s: %s', (pw, reason) => {
    expect(passwordProblems(pw, 'admin')).toContain(reason);
  });

  it('refuses a password longer than the maximum', () => {
    expect(passwordProblems('Aa1#'.repeat(40), 'u')).toContain(`密码长度不超过 ${PASSWORD_MAX} 位`);
  });
});
