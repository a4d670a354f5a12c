import { ArgumentsHost, BadRequestException, PayloadTooLargeException } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { DomainError } from './domain-error';
import { HttpExceptionFilter } from './http-exception.filter';

function hostFor() {
  const res = { statusCode: 0, body: undefined as unknown, headersSent: false };
  const response = {
    headersSent: false,
    status(code: number) {
      res.statusCode = code;
      return this;
    },
    json(body: unknown) {
      res.body = body;
      return this;
    },
  };
  const host = {
    switchToHttp: () => ({
      getResponse: () => response,
      getRequest: () => ({ method: 'GET', path: '/x' }),
    }),
  } as unknown as ArgumentsHost;
  return { host, res };
}

/** A database refusal as TypeORM raises it, on either driver. */
const dbError = (driverError: { code: string; message: string }) =>
  new QueryFailedError('INSERT …', [], Object.assign(new Error(driverError.message), driverError));

describe('HttpExceptionFilter', () => {
  const filter = new HttpExceptionFilter();

  it.each([
    [new DomainError('conflict', 'X_TAKEN', '已存在'), 409, 'X_TAKEN'],
    [new DomainError('locked', 'ACCOUNT_LOCKED', '锁定'), 423, 'ACCOUNT_LOCKED'],
    [new DomainError('unprocessable', 'BAD_FILE', '文件错误'), 422, 'BAD_FILE'],
    [new PayloadTooLargeException(), 413, 'PAYLOAD_TOO_LARGE'],
    [new BadRequestException('Unexpected token'), 400, 'BAD_REQUEST'],
    [Object.assign(new SyntaxError('bad json'), { status: 400 }), 400, 'BAD_REQUEST'],
    [dbError({ code: '23505', message: 'duplicate key' }), 409, 'WRITE_CONFLICT'],
    [
      dbError({ code: 'SQLITE_CONSTRAINT_UNIQUE', message: 'UNIQUE constraint failed: t.a' }),
      409,
      'WRITE_CONFLICT',
    ],
    [
      dbError({ code: 'SQLITE_CONSTRAINT_PRIMARYKEY', message: 'UNIQUE constraint failed: t.id' }),
      409,
      'WRITE_CONFLICT',
    ],
    [dbError({ code: '40001', message: 'could not serialize access' }), 409, 'WRITE_CONFLICT'],
    [dbError({ code: '40P01', message: 'deadlock detected' }), 409, 'WRITE_CONFLICT'],
  ])('maps %s to %i with the contract body', (error, status, code) => {
    const { host, res } = hostFor();
    filter.catch(error, host);
    expect(res.statusCode).toBe(status);
    expect(res.body).toEqual({
      statusCode: status,
      code,
      message: expect.any(String),
      details: [],
    });
  });

  it('answers an unexpected error with 500 and no internals', () => {
    const { host, res } = hostFor();
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
    filter.catch(
      new Error('SQLITE_ERROR: no such column secret_column at /work/main/src/x.ts:1'),
      host,
    );
    expect(res.statusCode).toBe(500);
    expect(JSON.stringify(res.body)).not.toMatch(/SQLITE|secret_column|\.ts/);
    expect(res.body).toMatchObject({ statusCode: 500, code: 'INTERNAL_ERROR' });
    spy.mockRestore();
    jest.restoreAllMocks();
  });
});
