import { Injectable } from '@nestjs/common';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UnitOfWork } from '../../database/unit-of-work';
import { AccountsRepository } from '../accounts/accounts.repository';
import { AccountsService } from '../accounts/accounts.service';
import { SYSTEM_ACTOR } from '../audit/audit.service';
import { OrganizationsService } from '../organizations/organizations.service';
import { SEED_DIR } from './seed-dir';
import type { ExamSessionEntity } from '../exam-sessions/entities/exam-session.entity';
import { DemoSeason } from './demo-season';
import { resolveDemoSeed, type RawDemoSeed } from './domain/demo-seed';

/** Demo departments, units and accounts (DEMO=1), from seed/demo.json. */
@Injectable()
export class DemoSeeder {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly organizations: OrganizationsService,
    private readonly accounts: AccountsService,
    private readonly accountsRepo: AccountsRepository,
    private readonly season: DemoSeason,
  ) {}

  /** The demo season: candidates at every stage, walked through the real services. */
  seedCandidates(session: ExamSessionEntity): Promise<number> {
    return this.season.seed(session, resolveDemoSeed(readSeed()));
  }

  /** Returns the demo password when it created demo accounts, else null. */
  async seed(password: string): Promise<string | null> {
    const seed = readSeed();
    return this.uow.run(async (em) => {
      const units = new Map<string, { departmentId: string; unitId?: string }>();
      for (const d of seed.departments) {
        const dept = await this.organizations.ensureDepartment(
          em,
          SYSTEM_ACTOR,
          d.name,
          d.kind,
          true,
        );
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
          { ...a, ...org, password, mustChangePassword: false, skipPasswordPolicy: true },
          em,
        );
        created = true;
      }
      return created ? password : null;
    });
  }
}

function readSeed(): RawDemoSeed {
  return JSON.parse(readFileSync(join(SEED_DIR, 'demo.json'), 'utf8')) as RawDemoSeed;
}
