import { privilegeWarning } from './table-powers';

describe('audit table powers of the service role', () => {
  it('says nothing on SQLite or for a role that may only read and append', () => {
    expect(privilegeWarning(null)).toBeNull();
    expect(
      privilegeWarning({ role: 'exam_app', owner: false, superuser: false, privileges: [] }),
    ).toBeNull();
  });

  it.each([
    [{ owner: true, superuser: false, privileges: [] }, '表属主'],
    [{ owner: false, superuser: true, privileges: [] }, '超级用户'],
    [{ owner: false, superuser: false, privileges: ['UPDATE', 'TRIGGER'] }, 'UPDATE、TRIGGER'],
  ])('warns about a role that could alter the trail: %j', (p, words) => {
    expect(privilegeWarning({ role: 'exam', ...p })).toContain(words);
  });
});
