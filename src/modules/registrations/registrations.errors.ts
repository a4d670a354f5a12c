import { DomainError, ErrorDetail } from '../../common/errors/domain-error';
import {
  illegalStepMessage,
  STATUS_NAMES,
  type Action,
  type Status,
} from './domain/registration-status';

export const registrationNotFound = () =>
  new DomainError('not-found', 'REGISTRATION_NOT_FOUND', '报名记录不存在或无权访问');

export const alreadyRegistered = () =>
  new DomainError(
    'conflict',
    'PERSON_ALREADY_REGISTERED',
    '此身份证号本年度已有报名记录，同一人每年度只能报名一次',
  );

export const alreadyRegisteredHere = () =>
  new DomainError(
    'conflict',
    'PERSON_ALREADY_REGISTERED_HERE',
    '本单位本年度已为此人报名，请在报名列表中查看或修改',
  );

export const notEligible = (reasons: string[]) =>
  new DomainError(
    'unprocessable',
    'NOT_ELIGIBLE',
    `不符合申报条件：${reasons.join('；')}`,
    reasons.map((message) => ({ code: 'NOT_ELIGIBLE', message })),
  );

/** 现职业等级 typed against what the certificate ledger records (the holding is named). */
export const ledgerMismatch = (details: ErrorDetail[]) =>
  new DomainError(
    'unprocessable',
    'LEDGER_MISMATCH',
    `现职业等级与证书台账记录不符：${details[0]?.message ?? ''}`,
    details,
  );

export const invalidPerson = (details: ErrorDetail[]) =>
  new DomainError('validation', 'VALIDATION_FAILED', '请求参数校验失败', details);

export const windowClosed = (message: string) =>
  new DomainError('forbidden', 'REGISTRATION_CLOSED', message);

export const staleVersion = () =>
  new DomainError('conflict', 'VERSION_CONFLICT', '该报名已被他人修改，请刷新后再改');

export const illegalStep = (status: Status, action: Action) =>
  new DomainError('conflict', 'ILLEGAL_STATE_TRANSITION', illegalStepMessage(status, action), [
    { code: 'CURRENT_STATUS', message: STATUS_NAMES[status], field: 'status' },
  ]);

export const illegalSteps = (
  action: Action,
  items: { id: string; name: string; status: Status }[],
) =>
  new DomainError(
    'conflict',
    'ILLEGAL_STATE_TRANSITION',
    `${items.length} 条报名不能执行此操作，未做任何更改`,
    items.map((i) => ({
      field: i.id,
      code: i.status,
      message: `${i.name}：${illegalStepMessage(i.status, action)}`,
    })),
  );

export const roleCannot = (action: string) =>
  new DomainError('forbidden', 'ROLE_FORBIDDEN', `当前角色不能${action}`);
