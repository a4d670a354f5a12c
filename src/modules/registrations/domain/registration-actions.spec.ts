import {
  actionRefusal,
  allowedActionsFor,
  documentsRefusal,
  publicityRefusal,
  type ActionFacts,
} from './registration-actions';

const facts = (o: Partial<ActionFacts>): ActionFacts => ({
  status: 'registered',
  role: 'unit',
  today: '2025-07-03',
  publicityEndDate: null,
  registrationOpen: true,
  documentsComplete: true,
  blockIncompleteDocuments: false,
  ...o,
});

describe('allowedActionsFor: only what would succeed now', () => {
  it.each([
    ['a unit, registered, window open', {}, ['update', 'withdraw', 'unit-approve', 'unit-return']],
    [
      'a unit, registered, window closed (三(一))',
      { registrationOpen: false },
      ['withdraw', 'unit-approve', 'unit-return'],
    ],
    ['a department, registered', { role: 'department' }, []],
    [
      'a unit, publicity running to its last day',
      { status: 'in-publicity', publicityEndDate: '2025-07-03' },
      ['object'],
    ],
    [
      'a unit, the day after the publicity',
      { status: 'in-publicity', publicityEndDate: '2025-07-02' },
      ['submit-to-department'],
    ],
    [
      'a department during publicity',
      { status: 'in-publicity', role: 'department', publicityEndDate: '2025-07-07' },
      ['object'],
    ],
    [
      'the center during publicity',
      { status: 'in-publicity', role: 'center-staff', publicityEndDate: '2025-07-07' },
      ['object', 'cancel'],
    ],
    [
      'a department, approved, papers missing, not blocking',
      { status: 'department-approved', role: 'department', documentsComplete: false },
      ['department-return', 'submit-to-center'],
    ],
    [
      'a department, approved, papers missing, the center blocking',
      {
        status: 'department-approved',
        role: 'department',
        documentsComplete: false,
        blockIncompleteDocuments: true,
      },
      ['department-return'],
    ],
    [
      'the center, submitted to it',
      { status: 'department-submitted', role: 'center-admin' },
      ['accept', 'center-return', 'cancel'],
    ],
    ['a grader, anywhere', { status: 'department-submitted', role: 'grader' }, []],
    ['anyone, cancelled', { status: 'cancelled', role: 'center-admin' }, []],
  ] as const)('%s', (_, o, expected) => {
    expect(allowedActionsFor(facts(o))).toEqual(expected);
  });
});

describe('the guards the steps use', () => {
  it.each([
    ['submit-to-department', '2025-07-03', 'PUBLICITY_NOT_ENDED'],
    ['submit-to-department', '2025-07-04', 'PUBLICITY_NOT_ENDED'],
    ['submit-to-department', '2025-07-02', null],
    ['object', '2025-07-03', null],
    ['object', '2025-07-02', 'PUBLICITY_ENDED'],
  ] as const)('%s with the publicity ending %s → %s', (action, end, code) => {
    expect(publicityRefusal(action, end, '2025-07-03')?.code ?? null).toBe(code);
  });

  it('blocks submission to the center for missing papers only when the center says so', () => {
    expect(documentsRefusal('submit-to-center', false, false)).toBeNull();
    expect(documentsRefusal('submit-to-center', true, true)).toBeNull();
    expect(documentsRefusal('submit-to-center', false, true)?.code).toBe('DOCUMENTS_MISSING');
    expect(documentsRefusal('department-approve', false, true)).toBeNull();
  });

  it('names the first reason in Chinese', () => {
    expect(actionRefusal('cancel', facts({ role: 'unit' }))).toEqual({
      code: 'ROLE_FORBIDDEN',
      message: '当前角色不能取消报考资格',
    });
    expect(actionRefusal('start-publicity', facts({}))?.code).toBe('ILLEGAL_STATE_TRANSITION');
  });
});
