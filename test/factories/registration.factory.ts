import { checkCharacter } from '../../src/modules/registrations/domain/id-card';

let serial = 100;

/** A valid ID number for a birth date (YYYYMMDD), male unless told otherwise. */
export function idNumberFor(birth: string, gender: '男' | '女' = '男'): string {
  serial = (serial + 2) % 1000;
  const seq = String(gender === '男' ? serial + 1 : serial)
    .padStart(3, '0')
    .slice(-3);
  const first17 = `210202${birth}${seq}`;
  return first17 + checkCharacter(first17);
}

/** A standard technician application of a 汽车驾驶员 that the 2025 rules admit. */
export function makeRegistration(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: '王建国',
    gender: '男',
    birthMonth: '1975-03',
    idNumber: idNumberFor('19750315'),
    education: '高中',
    workStartDate: '1995-07-01',
    currentOccupation: '汽车驾驶员',
    currentLevel: 'senior',
    currentCertDate: '2016-05-20',
    targetOccupation: '汽车驾驶员',
    targetLevel: 'technician',
    route: 'standard',
    confirmed: true,
    ...overrides,
  };
}
