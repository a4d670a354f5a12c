import { writeSummaryWorkbook } from '../../src/modules/documents/excel/summary-workbook';
import { summaryRows } from '../factories/summary.factory';
import { fileWithCenter } from './filing';
import { API, bearer, makeOrganizations, makeUser, type OrgFixture, type TestApp } from './harness';

export interface SeatedSession {
  /** Registration ids filed (备案) and seated. */
  ids: string[];
  theory: string;
  practical: string;
  unit: string;
  /** The unit's department's account, and the organizations. */
  department: string;
  org: OrgFixture;
}

/**
 * `n` candidates of one unit (维修电工, paper category 电工) registered, publicised, reviewed,
 * filed and seated in one room: a theory and a practical sitting, one exam room each (or in
 * rooms of `roomCapacity` seats: several exam rooms, several sheets, per sitting).
 */
export async function seatedSession(
  t: TestApp,
  admin: string,
  n: number,
  roomCapacity = Math.max(n, 1),
): Promise<SeatedSession> {
  t.clock.set('2025-07-01T02:00:00Z');
  const org = await makeOrganizations(t, admin);
  const unit = (await makeUser(t, admin, { role: 'unit', unitId: org.unitA1 })).token;
  const dept = (await makeUser(t, admin, { role: 'department', departmentId: org.deptA })).token;
  const file = await writeSummaryWorkbook(summaryRows(n, '维修电工'), {
    title: '申报汇总表',
    departmentName: '大连市教育局',
  });
  await t
    .http()
    .post(`${API}/registrations/import`)
    .set(bearer(unit))
    .attach('file', file, 'a.xlsx')
    .expect(201);
  const ids = (
    await t
      .http()
      .get(`${API}/registrations`)
      .query({ status: 'registered', pageSize: 100 })
      .set(bearer(unit))
  ).body.items.map((r: { id: string }) => r.id) as string[];
  await fileWithCenter(t, { unit, department: dept, center: admin }, ids);
  const venue = await t
    .http()
    .post(`${API}/venues`)
    .set(bearer(admin))
    .send({ name: '大连市评分考点', address: '中山区人民路1号' })
    .expect(201);
  for (let i = 1; i <= Math.ceil(Math.max(n, 1) / roomCapacity); i++)
    await t
      .http()
      .post(`${API}/venues/${venue.body.id}/rooms`)
      .set(bearer(admin))
      .send({ name: `第${i}考场`, capacity: roomCapacity })
      .expect(201);
  const sitting = async (component: string, startTime: string, endTime: string) =>
    (
      await t
        .http()
        .post(`${API}/sittings`)
        .set(bearer(admin))
        .send({
          paperCategory: '电工',
          component,
          date: '2025-09-13',
          startTime,
          endTime,
          venueId: venue.body.id,
        })
        .expect(201)
    ).body.id as string;
  const theory = await sitting('theory', '09:00', '11:00');
  const practical = await sitting('practical', '14:00', '16:00');
  await t.http().post(`${API}/scheduling/allocate`).set(bearer(admin)).send({}).expect(200);
  return { ids, theory, practical, unit, department: dept, org };
}

/**
 * Both sittings keyed by two graders who agree, then locked: theory and practical marks per
 * candidate in the order of `s.ids` (null leaves the seat out: the candidate was cancelled).
 */
export async function scoreAndLock(
  t: TestApp,
  admin: string,
  s: SeatedSession,
  marks: { theory: number; practical: number }[],
): Promise<void> {
  const graders = [
    await makeUser(t, admin, { role: 'grader' }),
    await makeUser(t, admin, { role: 'grader' }),
  ];
  for (const sittingId of [s.theory, s.practical]) {
    for (const g of graders)
      await t
        .http()
        .post(`${API}/grader-assignments`)
        .set(bearer(admin))
        .send({ graderId: g.id, sittingId })
        .expect(201);
    const sheets = await t.http().get(`${API}/score-sheets`).set(bearer(admin)).expect(200);
    for (const sheet of (sheets.body.items as { sittingId: string; examRoom: number }[]).filter(
      (x) => x.sittingId === sittingId,
    )) {
      const path = `${API}/score-sheets/${sittingId}/${sheet.examRoom}`;
      for (const g of graders) {
        const entry = await t.http().post(`${path}/entries`).set(bearer(g.token)).expect(200);
        const rows = (await t.http().get(path).set(bearer(g.token)).expect(200)).body.rows as {
          registrationId: string;
        }[];
        const put = await t
          .http()
          .put(`${path}/entries/${entry.body.slot}/marks`)
          .set(bearer(g.token))
          .send({
            version: entry.body.version,
            rows: rows.map((r) => {
              const m = marks[s.ids.indexOf(r.registrationId)];
              return {
                registrationId: r.registrationId,
                mark: { kind: 'score', score: sittingId === s.theory ? m.theory : m.practical },
              };
            }),
          })
          .expect(200);
        await t
          .http()
          .post(`${path}/entries/${entry.body.slot}/submit`)
          .set(bearer(g.token))
          .send({ version: put.body.version })
          .expect(200);
      }
    }
    await t.http().post(`${API}/sittings/${sittingId}/score-lock`).set(bearer(admin)).expect(200);
  }
}
