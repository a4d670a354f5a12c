import { describe, expect, it } from 'vitest';
import { ApiError } from '@/api/errors';
import { useServerForm } from './useServerForm';

const validation = (details: { field?: string; message: string }[]) =>
  new ApiError(400, 'VALIDATION_FAILED', '请求参数校验失败', details);

describe('server form', () => {
  it('puts field details on the form fields and the others in the alert', async () => {
    const form = useServerForm(['name', 'idNumber'] as const);
    const result = await form.submit(() =>
      Promise.reject(
        validation([
          { field: 'idNumber', message: 'idNumber：不是有效的身份证号码' },
          { field: 'route', message: 'route：取值不在允许范围内' },
          { message: '报名期已结束' },
        ]),
      ),
    );
    expect(result).toBeUndefined();
    expect(form.errors.idNumber).toBe('不是有效的身份证号码');
    expect(form.errors.name).toBe('');
    expect(form.alert.value).toBe('route：取值不在允许范围内；报名期已结束');
    expect(form.submitting.value).toBe(false);
  });

  it('shows the message when no detail names a field of the form', async () => {
    const form = useServerForm(['name'] as const);
    await form.submit(() => Promise.reject(new ApiError(409, 'DUPLICATE', '此人本年度已报名')));
    expect(form.alert.value).toBe('此人本年度已报名');
    await form.submit(() => Promise.reject(validation([{ message: '第 3 行有误' }])));
    expect(form.alert.value).toBe('请求参数校验失败：第 3 行有误');
    await form.submit(() =>
      Promise.reject(
        new ApiError(400, 'EXAM_SESSION_INVALID', '考核设置有误：合格分数须大于 0 且不超过满分', [
          { message: '合格分数须大于 0 且不超过满分' },
        ]),
      ),
    );
    expect(form.alert.value).toBe('考核设置有误：合格分数须大于 0 且不超过满分');
  });

  it('leaves no alert when every detail sits on a field, and clears on the next submit', async () => {
    const form = useServerForm(['newPassword'] as const);
    await form.submit(() =>
      Promise.reject(
        validation([{ field: 'newPassword', message: 'newPassword：不能与当前密码相同' }]),
      ),
    );
    expect(form.alert.value).toBeNull();
    expect(form.errors.newPassword).toBe('不能与当前密码相同');
    await expect(form.submit(async () => 42)).resolves.toBe(42);
    expect(form.errors.newPassword).toBe('');
  });

  it('shows a network failure in Chinese', async () => {
    const form = useServerForm(['name'] as const);
    await form.submit(() => Promise.reject(new TypeError('Failed to fetch')));
    expect(form.alert.value).toBe('无法连接服务器，请检查网络后重试');
  });
});
