import { documentChecklist, requiredDocuments, type DocumentFacts } from './required-documents';

const facts = (o: Partial<DocumentFacts> = {}): DocumentFacts => ({
  currentLevel: null,
  route: 'standard',
  mode: 'exam',
  militaryCommitment: null,
  ...o,
});
const types = (o: Partial<DocumentFacts>) => requiredDocuments(facts(o)).map((d) => d.docType);

describe('requiredDocuments (三(二)2(2)(3), 二(九))', () => {
  it.each([
    ['nobody without a level on the standard route', {}, []],
    [
      'the previous certificate from whoever holds a level (三(二)2(2))',
      { currentLevel: 'senior' },
      ['certificate'],
    ],
    ['transfer papers for 二(三) 普通工转技术工', { route: 'general-to-skilled' }, ['transfer']],
    ['transfer papers for 二(五) 管理岗位转聘', { route: 'management-transfer' }, ['transfer']],
    [
      'transfer papers for 二(六) 专业技术岗位转聘',
      { route: 'professional-transfer' },
      ['transfer'],
    ],
    ['transfer papers for 二(七) 公开招聘', { route: 'public-recruitment' }, ['transfer']],
    ['入伍通知书 for 二(四) 退役士兵', { route: 'veteran' }, ['veteran']],
    [
      'the certificate and its query result for 二(九) 免考复核认定',
      { mode: 'exempt-review', militaryCommitment: false },
      ['national-certificate', 'national-verification'],
    ],
    [
      "a veteran's commitment instead of the query result for a military certificate (二(九))",
      { route: 'veteran', mode: 'exempt-review', militaryCommitment: true },
      ['veteran', 'national-certificate', 'commitment'],
    ],
    [
      'every one that applies, in the order of the notice',
      { currentLevel: 'intermediate', route: 'management-transfer' },
      ['certificate', 'transfer'],
    ],
  ] as const)('asks %s', (_, o, expected) => {
    expect(types(o)).toEqual(expected);
  });

  it('names each paper in Chinese with its clause and why it is needed', () => {
    expect(requiredDocuments(facts({ currentLevel: 'senior', route: 'veteran' }))).toEqual([
      {
        docType: 'certificate',
        name: '原等级证书或合格证明',
        clause: '三(二)2(2)',
        reason: '持有高级工等级',
      },
      {
        docType: 'veteran',
        name: '入伍通知书等退役士兵安置手续',
        clause: '三(二)2(3)、二(四)',
        reason: '申报途径为“退役士兵”',
      },
    ]);
  });
});

describe('documentChecklist', () => {
  const f = facts({ currentLevel: 'senior', route: 'public-recruitment' });

  it('lists what is present and what is missing', () => {
    const c = documentChecklist(f, new Set(['certificate', 'other']));
    expect(c.items.map((i) => [i.docType, i.present])).toEqual([
      ['certificate', true],
      ['transfer', false],
    ]);
    expect(c).toMatchObject({
      complete: false,
      missing: ['新进或转聘手续（劳动合同、选聘人员报告（备案）表、工作调动表、转聘手续等）'],
    });
  });

  it('is complete when every required paper is there, and when none is required', () => {
    expect(documentChecklist(f, new Set(['certificate', 'transfer'])).complete).toBe(true);
    expect(documentChecklist(facts(), new Set())).toEqual({
      complete: true,
      items: [],
      missing: [],
    });
  });
});
