import { officialMarks } from './official-marks';

const locked = (mark: object | null) => ({ mark, locked: true }) as never;
const open = (mark: object | null) => ({ mark, locked: false }) as never;

describe('officialMarks (what the pass rule may read)', () => {
  it('counts only marks of a locked sitting', () => {
    expect(
      officialMarks({ theory: locked({ score: 72.5 }), practical: open({ score: 80 }) }),
    ).toEqual({
      theory: { score: 72.5 },
      practical: null,
    });
  });

  it('keeps 缺考 and 违纪 as marks, never as 0', () => {
    expect(
      officialMarks({
        theory: locked({ mark: 'absent' }),
        practical: locked({ mark: 'violation', void: 'component' }),
      }),
    ).toEqual({ theory: { mark: 'absent' }, practical: { mark: 'violation' } });
  });

  it('lets a violation that voids the whole exam fail the other component too', () => {
    expect(
      officialMarks({
        theory: locked({ score: 95 }),
        practical: locked({ mark: 'violation', void: 'exam' }),
      }),
    ).toEqual({ theory: { mark: 'violation' }, practical: { mark: 'violation' } });
  });

  it('ignores an exam-voiding violation the center has not locked yet', () => {
    expect(
      officialMarks({
        theory: locked({ score: 95 }),
        practical: open({ mark: 'violation', void: 'exam' }),
      }),
    ).toEqual({ theory: { score: 95 }, practical: null });
  });

  it('has nothing for a component without a sitting or a final mark', () => {
    expect(officialMarks({ theory: null, practical: locked(null) })).toEqual({
      theory: null,
      practical: null,
    });
  });
});
