import { Injectable } from '@nestjs/common';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UnitOfWork } from '../../database/unit-of-work';
import { AccountsRepository } from '../accounts/accounts.repository';
import { AccountsService } from '../accounts/accounts.service';
import type { Role } from '../accounts/domain/roles';
import { SYSTEM_ACTOR } from '../audit/audit.service';
import type { DepartmentKind } from '../organizations/domain/department-kinds';
import { OrganizationsService } from '../organizations/organizations.service';
import { SEED_DIR } from './seed-dir';
import type { ExamSessionEntity } from '../exam-sessions/entities/exam-session.entity';
import type { RegistrationInput } from '../registrations/domain/registration-input';
import { RegistrationsService } from '../registrations/registrations.service';

interface DemoSeed {
  departments: { name: string; kind: DepartmentKind; units: string[] }[];
  candidates: (RegistrationInput & { unit: string })[];
  accounts: {
    username: string;
    displayName: string;
    role: Role;
    department?: string;
    unit?: string;
  }[];
}

/** Demo departments, units and accounts (DEMO=1), from seed/demo.json. */
@Injectable()
export class DemoSeeder {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly organizations: OrganizationsService,
    private readonly accounts: AccountsService,
    private readonly accountsRepo: AccountsRepository,
    private readonly registrations: RegistrationsService,
  ) {}

  /** Demo candidates of the demo units, in the demo session. */
  async seedCandidates(session: ExamSessionEntity): Promise<number> {
    const seed = readSeed();
    const units = new Map<string, { unitId: string; departmentId: string }>();
    for (const d of seed.departments) {
      const dept = await this.organizations.findDepartmentByName(d.name);
      for (const name of d.units) {
        const unit = dept && (await this.organizations.findUnitByName(dept.id, name));
        if (unit) units.set(name, { unitId: unit.id, departmentId: dept.id });
      }
    }
    const candidates = seed.candidates
      .filter((c) => units.has(c.unit))
      .map(({ unit, ...c }) => ({
        ...c,
        nationalCertificate: c.nationalCertificate ?? null,
        phone: null,
        ...units.get(unit)!,
      }));
    return this.registrations.seedDemo(session, candidates);
  }

  /** Returns the demo password when it created demo accounts, else null. */
  async seed(password: string): Promise<string | null> {
    const seed = readSeed();
    return this.uow.run(async (em) => {
      const units = new Map<string, { departmentId: string; unitId?: string }>();
      for (const d of seed.departments) {
        const dept = await this.organizations.ensureDepartment(em, SYSTEM_ACTOR, d.name, d.kind);
        units.set(d.name, { departmentId: dept.id });
        for (const name of d.units) {
          const u = await this.organizations.ensureUnit(em, SYSTEM_ACTOR, dept.id, name);
          units.set(`${d.name}/${name}`, { departmentId: dept.id, unitId: u.id });
        }
      }
      let created = false;
      for (const a of seed.accounts) {
        if (await this.accountsRepo.findByUsername(a.username, em)) continue;
        const org = units.get(a.unit ? `${a.department}/${a.unit}` : (a.department ?? '')) ?? {};
        await this.accounts.createAccount(
          SYSTEM_ACTOR,
          { ...a, ...org, password, mustChangePassword: false },
          em,
        );
        created = true;
      }
      return created ? password : null;
    });
  }
}

function readSeed(): DemoSeed {
  return JSON.parse(readFileSync(join(SEED_DIR, 'demo.json'), 'utf8')) as DemoSeed;
}
