import { DomainError, type ErrorDetail } from '../../common/errors/domain-error';
import { describeHolding, type Holding } from './domain/holding';

export const entryNotFound = () =>
  new DomainError('not-found', 'LEDGER_ENTRY_NOT_FOUND', '证书台账记录不存在');

export const evidenceNotFound = () =>
  new DomainError('not-found', 'LEDGER_EVIDENCE_NOT_FOUND', '该台账记录没有上传佐证材料');

export const invalidEntry = (details: ErrorDetail[]) =>
  new DomainError('validation', 'VALIDATION_FAILED', '请求参数校验失败', details);

export const duplicateEntry = (h: Holding) =>
  new DomainError(
    'conflict',
    'LEDGER_DUPLICATE',
    `此人在该职业（工种）的该等级已有有效台账记录，${describeHolding(h)}；如记录有误，请更正原记录`,
  );

export const staleEntry = () =>
  new DomainError('conflict', 'VERSION_CONFLICT', '该台账记录已被他人修改，请刷新后再改');

export const refusedCorrection = (code: string, message: string) =>
  new DomainError(code === 'LEDGER_UNCHANGED' ? 'validation' : 'conflict', code, message);
