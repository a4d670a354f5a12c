import type { Level } from '../../exam-sessions/domain/session-rules';
import type { LedgerSourceName } from './holding';

/** The fields of an entry the center may correct. */
export interface EntryFields {
  name: string;
  occupation: string;
  level: Level;
  certDate: string;
  certificateNumber: string | null;
  issuer: string | null;
  note: string | null;
  active: boolean;
}

export type Correction =
  { ok: true; changes: Partial<EntryFields> } | { ok: false; code: string; message: string };

/** Only what the system's own certificate decides stays as the certificate says. */
const CERTIFICATE_FIXED: (keyof EntryFields)[] = ['certificateNumber', 'issuer', 'active'];

/**
 * A correction of one entry: the fields that actually change. An entry of a certificate the
 * system issued may be corrected (a misspelt name, an occupation renamed) but keeps its
 * certificate: its number, issuer and whether it is in force follow the certificate
 * (revocation and reissue are the certificate's acts, not the ledger's).
 */
export function correctionOf(
  source: LedgerSourceName,
  current: EntryFields,
  patch: Partial<EntryFields>,
): Correction {
  const changes = Object.fromEntries(
    Object.entries(patch).filter(
      ([k, v]) => v !== undefined && v !== current[k as keyof EntryFields],
    ),
  ) as Partial<EntryFields>;
  const fixed = CERTIFICATE_FIXED.filter((k) => k in changes);
  if (source === 'certificate' && fixed.length) {
    return {
      ok: false,
      code: 'LEDGER_CERTIFICATE_FIXED',
      message:
        '系统签发证书的台账记录不能更改证书编号、发证机构或有效状态；证书作废或补发请在证书管理中办理',
    };
  }
  if (!Object.keys(changes).length) {
    return { ok: false, code: 'LEDGER_UNCHANGED', message: '更正内容与现有记录相同，未做任何更改' };
  }
  return { ok: true, changes };
}
