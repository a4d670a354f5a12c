import type { Schemas } from '@/api/client';
import { xlsxBlob, type SheetData } from '@/utils/xlsx-writer';

type Imported = Schemas['ImportedAccountResponse'];

/** The rows of the hand-out sheet: who, where, and the one-time password. */
export function passwordRows(accounts: readonly Imported[]): SheetData {
  return {
    name: '账号与临时密码',
    widths: [18, 14, 14, 30, 30, 16],
    rows: [
      ['用户名', '姓名', '角色', '所属主管部门', '所属单位', '临时密码（首次登录须修改）'],
      ...accounts.map((a) => [
        a.username,
        a.displayName,
        a.roleName,
        a.departmentName ?? null,
        a.unitName ?? null,
        a.password ?? null,
      ]),
    ],
  };
}

export const passwordSheet = (accounts: readonly Imported[]): Blob =>
  xlsxBlob(passwordRows(accounts));
