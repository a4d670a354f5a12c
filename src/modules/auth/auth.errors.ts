import { DomainError } from '../../common/errors/domain-error';

/** Same answer whether the user exists or not (security-checklist #13). */
export const invalidCredentials = () =>
  new DomainError('unauthenticated', 'INVALID_CREDENTIALS', '用户名或密码错误');

/** The account is held at the caller's address only; elsewhere it can still sign in. */
export const accountLocked = (until: Date) =>
  new DomainError(
    'locked',
    'ACCOUNT_LOCKED',
    `密码连续错误次数过多，该账号在当前地址已暂停登录至 ${beijingTime(until)}（北京时间），可稍后再试或联系管理员解锁`,
  );

export const accountAttemptsLimited = () =>
  new DomainError(
    'rate-limited',
    'ACCOUNT_ATTEMPTS_LIMITED',
    '该账号本小时密码错误次数已达上限，请稍后再试、从常用地址登录或联系管理员解锁',
  );

export const sessionExpired = () =>
  new DomainError(
    'unauthenticated',
    'SESSION_EXPIRED',
    '本次登录已超过最长会话时间，不能再延长，请重新登录',
  );

export const tooManyLogins = () =>
  new DomainError('rate-limited', 'LOGIN_RATE_LIMITED', '登录尝试过于频繁，请一分钟后再试');

export const wrongCurrentPassword = () =>
  new DomainError('validation', 'CURRENT_PASSWORD_WRONG', '当前密码不正确', [
    {
      field: 'currentPassword',
      code: 'CURRENT_PASSWORD_WRONG',
      message: 'currentPassword：不正确',
    },
  ]);

export const samePassword = () =>
  new DomainError('validation', 'PASSWORD_UNCHANGED', '新密码不能与当前密码相同', [
    {
      field: 'newPassword',
      code: 'PASSWORD_UNCHANGED',
      message: 'newPassword：不能与当前密码相同',
    },
  ]);

function beijingTime(d: Date): string {
  return new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');
}
