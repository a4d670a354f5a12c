import { correctionOf, type EntryFields } from './correction';

const current: EntryFields = {
  name: '张三',
  occupation: '汽车驾驶员',
  level: 'senior',
  certDate: '2019-10-15',
  certificateNumber: 'DL2019-0001',
  issuer: '大连市人力资源和社会保障局',
  note: null,
  active: true,
};

describe('correctionOf: what a correction of a ledger entry changes', () => {
  it('keeps only the fields that change', () => {
    expect(correctionOf('paper', current, { name: '张叁', level: 'senior' })).toEqual({
      ok: true,
      changes: { name: '张叁' },
    });
  });

  it('lets the center correct a certificate entry’s name', () => {
    expect(correctionOf('certificate', current, { name: '张叁' })).toMatchObject({ ok: true });
  });

  it.each<[Partial<EntryFields>]>([
    [{ certificateNumber: 'DL2020-0002' }],
    [{ issuer: '其他机构' }],
    [{ active: false }],
  ])('keeps a certificate entry on its certificate: %j', (patch) => {
    expect(correctionOf('certificate', current, patch)).toMatchObject({
      ok: false,
      code: 'LEDGER_CERTIFICATE_FIXED',
    });
    expect(correctionOf('paper', current, patch)).toMatchObject({ ok: true });
  });

  it('refuses a correction that changes nothing', () => {
    expect(correctionOf('paper', current, { name: '张三' })).toMatchObject({
      ok: false,
      code: 'LEDGER_UNCHANGED',
    });
  });
});
