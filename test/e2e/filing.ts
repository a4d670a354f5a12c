import { pdfFile } from '../factories/files.factory';
import { idNumberFor, makeRegistration } from '../factories/registration.factory';
import { API, bearer, TestApp } from './harness';

/** One applicant: name, birth date (YYYYMMDD), form fields over the defaults, PDFs to upload. */
export type Applicant = [name: string, birth: string, extra?: object, docTypes?: string[]];

/** A 免考复核认定 (二(九)) applicant's form fields: a verified national 技师 certificate. */
export const exemptCertificate = (over: object = {}) => ({
  nationalCertificate: {
    level: 'technician',
    occupation: '汽车驾驶员',
    number: 'S2102000002',
    verified: true,
    ...over,
  },
});

const post = (t: TestApp, token: string, path: string, body: object = {}) =>
  t.http().post(`${API}${path}`).set(bearer(token)).send(body);

/** Registers the applicants of one unit, with their PDFs; answers their ids by name. */
export async function register(
  t: TestApp,
  unit: string,
  people: Applicant[],
): Promise<Record<string, string>> {
  const ids: Record<string, string> = {};
  for (const [name, birth, extra, docs] of people) {
    const body = makeRegistration({
      name,
      idNumber: idNumberFor(birth),
      birthMonth: `${birth.slice(0, 4)}-${birth.slice(4, 6)}`,
      ...extra,
    });
    const res = await post(t, unit, '/registrations', body);
    if (res.status !== 201) throw new Error(`register ${name}: ${JSON.stringify(res.body)}`);
    ids[name] = res.body.id as string;
    for (const docType of docs ?? []) {
      await t
        .http()
        .post(`${API}/registrations/${ids[name]}/documents`)
        .query({ docType })
        .set(bearer(unit))
        .attach('file', pdfFile(`${name} ${docType}`), `${docType}.pdf`)
        .expect(201);
    }
  }
  return ids;
}

/**
 * Walks registrations of one unit through 三(二) to 备案 as each account would: unit review,
 * publicity, submission, department re-review, the department's batch, the center's filing.
 * Moves the clock from 2025-07-01 past the publicity (2025-07-10).
 */
export async function fileWithCenter(
  t: TestApp,
  tokens: { unit: string; department: string; center: string },
  ids: string[],
): Promise<string> {
  t.clock.set('2025-07-01T02:00:00Z');
  await post(t, tokens.unit, '/registrations/unit-review', {
    ids,
    decision: 'approve',
    conductAttested: true,
  }).expect(200);
  await post(t, tokens.unit, '/publicities', { registrationIds: ids }).expect(201);
  t.clock.set('2025-07-10T02:00:00Z');
  await post(t, tokens.unit, '/registrations/submit-to-department', { ids }).expect(200);
  await post(t, tokens.department, '/registrations/department-review', {
    ids,
    decision: 'approve',
  }).expect(200);
  const batch = await post(t, tokens.department, '/department-batches').expect(201);
  await post(t, tokens.center, `/department-batches/${batch.body.id}/accept`).expect(200);
  return batch.body.id as string;
}
