import {
  demoSeparation,
  effectiveRegistrationEnd,
  registrationWindow,
} from './registration-window';

const window = { start: '2025-06-27', end: '2025-07-25' };

describe('registrationWindow (三(一), Beijing time)', () => {
  it.each([
    ['2025-06-26T15:59:59Z', false], // 06-26 23:59:59 in Beijing
    ['2025-06-26T16:00:00Z', true], // 06-27 00:00 in Beijing
    ['2025-07-25T15:59:59Z', true], // 07-25 23:59:59 in Beijing
    ['2025-07-25T16:00:00Z', false], // 07-26 00:00 in Beijing
  ])('at %s the window is open: %s', (instant, open) => {
    expect(registrationWindow(new Date(instant), window, null).open).toBe(open);
  });

  it('names the dates when closed', () => {
    expect(registrationWindow(new Date('2025-08-01T02:00:00Z'), window, null).message).toBe(
      '报名已结束，报名时间为 2025-06-27 至 2025-07-25',
    );
  });

  it("opens again up to a department's extension", () => {
    const r = registrationWindow(new Date('2025-07-28T02:00:00Z'), window, '2025-07-30');
    expect(r).toEqual({ open: true, message: '报名时间为 2025-06-27 至 2025-07-30（已延期）' });
    expect(registrationWindow(new Date('2025-07-31T02:00:00Z'), window, '2025-07-30').open).toBe(
      false,
    );
  });

  it('ends on the later of the session end and the extension', () => {
    expect(effectiveRegistrationEnd(window, null)).toBe(window.end);
    expect(effectiveRegistrationEnd(window, '2025-07-30')).toBe('2025-07-30');
    expect(effectiveRegistrationEnd(window, '2025-07-01')).toBe(window.end);
  });
});

describe('demoSeparation: demo organizations stay in the demo session (issue 8, finding 11)', () => {
  it.each([
    [false, false, null],
    [true, true, null],
    [false, true, '演示单位只能在演示考核年度中报名，不能进入正式考核年度'],
    [true, false, '演示考核年度只供演示单位试用，正式单位请在正式考核年度中报名'],
  ])('session demo %s, department demo %s → %s', (session, department, message) => {
    expect(demoSeparation(session, department)).toBe(message);
  });
});
