import { EMPTY_FORM, mergeSave, missingForSubmission, type ReviewForm } from './review-form';

const complete: ReviewForm = {
  resume: '1995.07 至今 车队驾驶员',
  awards: '',
  achievements: [
    { period: '2019.03—2020.12', project: '节油驾驶', effect: '油耗下降 8%', role: '主持' },
  ],
  teaching: '',
  workSummary: '认真履行职责。',
  unitResult: '合格',
  departmentOpinion: '同意。',
};

describe('missingForSubmission (附件4 before it is reported to the center)', () => {
  it('accepts a complete form; awards and teaching may honestly be empty', () => {
    expect(missingForSubmission(complete)).toEqual([]);
  });

  it('names every missing signed part of an empty form', () => {
    expect(missingForSubmission(EMPTY_FORM).map((d) => d.field)).toEqual([
      'resume',
      'workSummary',
      'departmentOpinion',
      'unitResult',
    ]);
  });

  it('treats whitespace (also the ideographic space) as empty', () => {
    const fields = missingForSubmission({ ...complete, resume: ' \u3000\n' }).map((d) => d.field);
    expect(fields).toEqual(['resume']);
  });

  it('names each incomplete achievement line by number', () => {
    const form = {
      ...complete,
      achievements: [
        ...complete.achievements,
        { period: '2021', project: '', effect: ' ', role: '参加' as const },
      ],
    };
    expect(missingForSubmission(form)).toEqual([
      {
        field: 'achievements[1].project',
        code: 'REQUIRED',
        message: '第 2 项业绩的项目名称与主要内容未填写',
      },
      {
        field: 'achievements[1].effect',
        code: 'REQUIRED',
        message: '第 2 项业绩的效果、效益未填写',
      },
    ]);
  });
});

describe('mergeSave', () => {
  it('keeps the department opinion when a unit saves (主管部门意见 is the department’s)', () => {
    const saved = mergeSave(
      complete,
      { ...complete, departmentOpinion: '单位自己写的意见', resume: '新' },
      'unit',
    );
    expect(saved.departmentOpinion).toBe('同意。');
    expect(saved.resume).toBe('新');
  });

  it('lets the department write every part', () => {
    expect(
      mergeSave(complete, { ...complete, departmentOpinion: '不同意' }, 'department')
        .departmentOpinion,
    ).toBe('不同意');
  });
});
