import { describe, expect, it } from 'vitest';
import { emptyModel, toCreate, toEvaluate, toUpdate } from './registration-model';

describe('registration form model', () => {
  const filled = () => ({
    ...emptyModel(),
    name: ' 王建国 ',
    gender: '男' as const,
    birthMonth: '1975-03',
    idNumber: '21020219750315001x',
    education: '高中' as const,
    workStartDate: '1995-07-01',
    currentOccupation: '汽车驾驶员',
    currentLevel: 'senior' as const,
    currentCertDate: '2016-05-20',
    targetOccupation: '汽车驾驶员',
    targetLevel: 'technician' as const,
  });

  it('creates with trimmed values, an upper-case X, and without empty optional fields', () => {
    const body = toCreate(filled());
    expect(body).toMatchObject({
      name: '王建国',
      idNumber: '21020219750315001X',
      route: 'standard',
      confirmed: true,
    });
    expect(body).not.toHaveProperty('phone');
    expect(body).not.toHaveProperty('nationalCertificate');
  });

  it('corrects with the version and only the fields that changed; the masked ID number is not resent', () => {
    const before = { ...filled(), idNumber: '' };
    const after = { ...before, phone: '13900000000', currentLevel: '' as const };
    expect(toUpdate(after, before, 7)).toEqual({
      version: 7,
      phone: '13900000000',
      currentLevel: null,
    });
  });

  it('sends the 二(九) certificate only when 免考复核认定 is asked for', () => {
    const m = {
      ...filled(),
      exempt: true,
      certLevel: 'technician' as const,
      certOccupation: '汽车驾驶员',
      certNumber: 'S1',
      certVerified: true,
    };
    expect(toCreate(m).nationalCertificate).toEqual({
      level: 'technician',
      occupation: '汽车驾驶员',
      number: 'S1',
      verified: true,
    });
    expect(toEvaluate(m)?.nationalCertificate).toEqual({
      level: 'technician',
      occupation: '汽车驾驶员',
      verified: true,
    });
  });

  it('evaluates only once occupation, work start and level are there', () => {
    expect(toEvaluate(emptyModel())).toBeNull();
    expect(
      toEvaluate({
        ...emptyModel(),
        targetOccupation: '电工',
        workStartDate: '2000-01-01',
        targetLevel: 'junior',
      }),
    ).toEqual({
      targetOccupation: '电工',
      workStartDate: '2000-01-01',
      targetLevel: 'junior',
      route: 'standard',
      confirmed: true,
    });
  });
});
