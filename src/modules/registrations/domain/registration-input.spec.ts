import { applyPatch, type RegistrationInput } from './registration-input';

const stored: RegistrationInput = {
  name: '王建国',
  gender: '男',
  birthMonth: '1975-03',
  idNumber: '21020219750315103X',
  education: '高中',
  workStartDate: '1995-07-01',
  currentOccupation: '汽车驾驶员',
  currentLevel: 'senior',
  currentCertDate: '2016-05-20',
  targetOccupation: '汽车驾驶员',
  targetLevel: 'technician',
  route: 'standard',
  confirmed: true,
  professionalTitle: null,
  yearsInOccupation: null,
  nationalCertificate: null,
  phone: '0411-1234567',
};

describe('applyPatch', () => {
  it('changes only the fields sent, keeping the ID number when it is not resent', () => {
    expect(applyPatch(stored, { education: '大学专科' })).toEqual({
      ...stored,
      education: '大学专科',
    });
  });

  it('ignores fields sent as undefined', () => {
    expect(applyPatch(stored, { idNumber: undefined, name: undefined })).toEqual(stored);
  });

  it('clears an optional field sent as null', () => {
    expect(
      applyPatch(stored, { currentOccupation: null, currentLevel: null, currentCertDate: null }),
    ).toMatchObject({ currentOccupation: null, currentLevel: null, currentCertDate: null });
  });

  it('replaces the national certificate as a whole', () => {
    const cert = {
      level: 'technician' as const,
      occupation: '汽车驾驶员',
      number: 'S1',
      verified: true,
      militaryCommitment: false,
    };
    expect(applyPatch(stored, { nationalCertificate: cert }).nationalCertificate).toEqual(cert);
    expect(
      applyPatch({ ...stored, nationalCertificate: cert }, { nationalCertificate: null })
        .nationalCertificate,
    ).toBeNull();
  });
});
