// Prepares, before the service starts, a year whose allocation is not yet published: the
// DEMO season is published when seeded, so the browser journey of allocation and publishing
// works on the 2025 session instead. Candidates of the demo units are walked through the real
// services of the built service (dist/) on past days of its simulated clock, each step by the
// account that takes it in real life, as DEMO=1 does for its own season; the demo is left as
// it is. Demo units may not enter a real session, so a department with two units and their
// accounts are created for it. Its venue has one room of two seats for four candidates: the dry run shows the
// shortage, which the journey fixes by adding a room.
//
// Run: node console/e2e/prepare/unpublished-year.mjs (cwd: the repository, the service's env).
import { createRequire } from 'node:module';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..', '..', '..');
const load = createRequire(import.meta.url);
const dist = (path) => load(resolve(root, 'dist', path));

load('reflect-metadata');
const { NestFactory } = load('@nestjs/core');
const { AppModule } = dist('app.module.js');
const { loadConfig } = dist('config/app-config.js');
const { Clock } = dist('common/clock/clock.js');
const { scopeFor } = dist('common/auth/scope.js');
const { UnitOfWork } = dist('database/unit-of-work.js');
const { SYSTEM_ACTOR } = dist('modules/audit/audit.service.js');
const { AccountsRepository } = dist('modules/accounts/accounts.repository.js');
const { AccountsService } = dist('modules/accounts/accounts.service.js');
const { OrganizationsService } = dist('modules/organizations/organizations.service.js');
const { RegistrationsService } = dist('modules/registrations/registrations.service.js');
const { ReviewService } = dist('modules/registrations/review.service.js');
const { PublicitiesService } = dist('modules/registrations/publicities.service.js');
const { BatchesService } = dist('modules/registrations/batches.service.js');
const { VenuesService } = dist('modules/scheduling/venues.service.js');
const { SittingsService } = dist('modules/scheduling/sittings.service.js');

const YEAR = 2025;
const VENUE = '2025年浏览器测试考点';

/** GB 11643 check character of the first 17 digits. */
function idNumber(first17) {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((s, d, i) => s + Number(d) * weights[i], 0);
  return first17 + '10X98765432'[sum % 11];
}

/** A 汽车驾驶员 senior worker applying for 技师 under 二(二) of the 2025 notice. */
const person = (name, birth, seq) => ({
  examYear: YEAR,
  name,
  gender: '男',
  birthMonth: `${birth.slice(0, 4)}-${birth.slice(4, 6)}`,
  idNumber: idNumber(`210202${birth}${seq}`),
  education: '高中',
  workStartDate: '1995-07-01',
  currentOccupation: '汽车驾驶员',
  currentLevel: 'senior',
  currentCertDate: '2016-05-20',
  targetOccupation: '汽车驾驶员',
  targetLevel: 'technician',
  route: 'standard',
  confirmed: true,
});

const DEPARTMENT = { name: '大连市交通运输局（测试）', account: 'prep-dept' };
const UNITS = [
  { name: '大连市公路事业发展中心（测试）', account: 'prep-unit1' },
  { name: '大连市港航事业发展中心（测试）', account: 'prep-unit2' },
];
const PASSWORD = 'Prep#Clerk-2025';

const PEOPLE = [
  ['prep-unit1', person('赵立新', '19740312', '211')],
  ['prep-unit1', person('钱志刚', '19750623', '231')],
  ['prep-unit2', person('孙国强', '19730918', '251')],
  ['prep-unit2', person('李建华', '19761104', '271')],
];

const app = await NestFactory.createApplicationContext(AppModule.register(loadConfig()), {
  logger: ['error', 'warn'],
});
try {
  const clock = app.get(Clock);
  const accounts = app.get(AccountsRepository);
  const at = (day, work) => clock.at(new Date(`${day}T02:00:00Z`), work);
  const who = async (username) => {
    const a = await accounts.findByUsername(username);
    if (!a) throw new Error(`${username} is missing: run with DEMO=1`);
    return { accountId: a.id, username: a.username, role: a.role, scope: scopeFor(a) };
  };
  await at('2025-06-27', () =>
    app.get(UnitOfWork).run(async (em) => {
      const orgs = app.get(OrganizationsService);
      const users = app.get(AccountsService);
      const account = (username, org) =>
        users.createAccount(
          SYSTEM_ACTOR,
          {
            username,
            displayName: username,
            password: PASSWORD,
            mustChangePassword: false,
            ...org,
          },
          em,
        );
      const d = await orgs.ensureDepartment(em, SYSTEM_ACTOR, DEPARTMENT.name, 'city-department');
      await account(DEPARTMENT.account, { role: 'department', departmentId: d.id });
      for (const u of UNITS) {
        const unit = await orgs.ensureUnit(em, SYSTEM_ACTOR, d.id, u.name);
        await account(u.account, { role: 'unit', departmentId: d.id, unitId: unit.id });
      }
    }),
  );
  const staff = await who('admin');
  const registrations = app.get(RegistrationsService);
  const existing = await registrations.list(staff, { examYear: YEAR, page: 1, pageSize: 1 });
  if (existing.total > 0) throw new Error(`the ${YEAR} session has registrations already`);

  const review = app.get(ReviewService);
  const byUnit = new Map();
  await at('2025-07-01', async () => {
    for (const [unit, dto] of PEOPLE) {
      const r = await registrations.create(await who(unit), dto);
      byUnit.set(unit, [...(byUnit.get(unit) ?? []), r.id]);
    }
    for (const [unit, ids] of byUnit) {
      const p = await who(unit);
      await review.unitReview(p, { ids, decision: 'approve', conductAttested: true });
      await app.get(PublicitiesService).start(p, { examYear: YEAR, registrationIds: ids });
    }
  });
  await at('2025-07-10', async () => {
    for (const [unit, ids] of byUnit) await review.submitToDepartment(await who(unit), ids);
    const p = await who(DEPARTMENT.account);
    await review.departmentReview(p, { ids: [...byUnit.values()].flat(), decision: 'approve' });
    await app.get(BatchesService).submit(p, YEAR);
  });
  await at('2025-07-11', async () => {
    const batches = app.get(BatchesService);
    const page = await batches.list(staff, { examYear: YEAR, page: 1, pageSize: 100 });
    for (const b of page.items) await batches.accept(staff, b.id);
  });
  await at('2025-08-01', async () => {
    const venues = app.get(VenuesService);
    const venue = await venues.createVenue(staff, {
      name: VENUE,
      address: '大连市中山区测试路 2 号',
    });
    await venues.addRoom(staff, venue.id, { name: '第一考场', capacity: 2, seatsPerRow: 2 });
    const sample = await registrations.get(staff, byUnit.get('prep-unit1')[0]);
    for (const [component, startTime, endTime] of [
      ['theory', '09:00', '11:00'],
      ['practical', '14:00', '16:00'],
    ]) {
      await app.get(SittingsService).create(staff, {
        examYear: YEAR,
        paperCategory: sample.paperCategory,
        component,
        date: '2025-09-20',
        startTime,
        endTime,
        venueId: venue.id,
      });
    }
  });
} finally {
  await app.close();
}
