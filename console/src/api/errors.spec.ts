import { describe, expect, it } from 'vitest';
import { ApiError, asApiError, statusMessage, stripFieldPrefix, toApiError } from './errors';

describe('error mapping', () => {
  it('keeps the service error body: status, code, Chinese message, details', () => {
    const err = toApiError(409, {
      statusCode: 409,
      code: 'ILLEGAL_TRANSITION',
      message: '报名当前状态为“公示中”，不能单位审核通过',
      details: [],
    });
    expect(err).toBeInstanceOf(ApiError);
    expect(err).toMatchObject({ status: 409, code: 'ILLEGAL_TRANSITION', details: [] });
    expect(err.message).toBe('报名当前状态为“公示中”，不能单位审核通过');
  });

  it('gives a Chinese message when the body is not the service error (proxy page, empty, text)', () => {
    expect(toApiError(502, '<html>Bad Gateway</html>')).toMatchObject({
      status: 502,
      code: 'HTTP_502',
      message: '服务暂时不可用，请稍后重试',
    });
    expect(toApiError(500, null).message).toBe('服务器内部错误，请稍后重试或联系管理员');
    expect(toApiError(418, {}).message).toBe('请求失败（HTTP 418）');
    expect(statusMessage(599)).toBe('服务器内部错误，请稍后重试或联系管理员');
  });

  it('drops details that are not objects with a message', () => {
    const err = toApiError(400, {
      code: 'VALIDATION_FAILED',
      message: '请求参数校验失败',
      details: [1, { field: 'x' }, { message: 'ok' }],
    });
    expect(err.details).toEqual([{ message: 'ok' }]);
  });

  it('puts field details on their fields without the "field：" prefix, first one per field', () => {
    const err = toApiError(400, {
      code: 'VALIDATION_FAILED',
      message: '请求参数校验失败',
      details: [
        {
          field: 'idNumber',
          code: 'isIdCardNumber',
          message: 'idNumber：不是有效的身份证号码（GB 11643 校验不通过）',
        },
        { field: 'idNumber', code: 'maxLength', message: 'idNumber：过长' },
        {
          field: 'nationalCertificate.level',
          message: 'nationalCertificate.level：取值不在允许范围内',
        },
        { message: '报名期已结束' },
      ],
    });
    expect(err.fieldErrors()).toEqual({
      idNumber: '不是有效的身份证号码（GB 11643 校验不通过）',
      'nationalCertificate.level': '取值不在允许范围内',
    });
    expect(err.otherMessages()).toEqual(['报名期已结束']);
  });

  it('strips either colon, and leaves other messages alone', () => {
    expect(stripFieldPrefix('name', 'name: 不能为空')).toBe('不能为空');
    expect(stripFieldPrefix('name', '姓名不能为空')).toBe('姓名不能为空');
  });

  it('turns network failures and aborts into Chinese errors', () => {
    expect(asApiError(new TypeError('Failed to fetch'))).toMatchObject({
      status: 0,
      code: 'NETWORK',
      message: '无法连接服务器，请检查网络后重试',
    });
    expect(asApiError(new DOMException('aborted', 'AbortError'))).toMatchObject({
      code: 'ABORTED',
      message: '操作已取消',
    });
    const same = new ApiError(404, 'NOT_FOUND', '不存在');
    expect(asApiError(same)).toBe(same);
  });

  it('lists the refused items of a bulk request by the ids sent, not field errors', () => {
    const err = toApiError(409, {
      statusCode: 409,
      code: 'STALE_VERSION',
      message: '1 份考核表不能报送，未做任何更改',
      details: [
        { field: 'id-2', code: 'STALE_VERSION', message: '周乙：综合评审表已被他人修改' },
        { field: 'items', code: 'arrayMinSize', message: 'items：至少选择一项' },
      ],
    });
    expect(err.refusedItems(['id-1', 'id-2'])).toEqual(['周乙：综合评审表已被他人修改']);
    expect(err.refusedItems([])).toEqual([]);
  });
});
