import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Clock } from '../../common/clock/clock';
import { AppConfig } from '../../config/app-config';
import { UnitOfWork } from '../../database/unit-of-work';
import { AccountsRepository } from '../accounts/accounts.repository';
import { AccountsService } from '../accounts/accounts.service';
import { passwordProblems } from '../accounts/domain/password-policy';
import { SYSTEM_ACTOR } from '../audit/audit.service';
import { NoticeSeed, SessionSetupService } from '../catalog/session-setup.service';
import { ExamSessionsService } from '../exam-sessions/exam-sessions.service';
import { DemoSeeder } from './demo.seeder';
import { demoWindows } from './domain/demo-session';
import { SEED_DIR } from './seed-dir';

/**
 * Runs at every start, idempotently: the sessions of each notice under seed/,
 * the first administrator, and with DEMO=1 the demo session and organizations.
 */
@Injectable()
export class SeedingService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Seeding');

  constructor(
    private readonly config: AppConfig,
    private readonly uow: UnitOfWork,
    private readonly setup: SessionSetupService,
    private readonly sessions: ExamSessionsService,
    private readonly accounts: AccountsService,
    private readonly accountsRepo: AccountsRepository,
    private readonly demo: DemoSeeder,
    private readonly clock: Clock,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const given = this.config.ADMIN_PASSWORD;
    if (given !== undefined && (await this.accountsRepo.count()) === 0) {
      assertStrongAdminPassword(given);
    }
    const notices = readNotices();
    await this.uow.run(async (em) => {
      const latest = Math.max(...notices.map((n) => n.year));
      for (const n of notices) {
        const isCurrent = n.year === latest && !(await this.hasCurrent(em));
        if (await this.setup.seedNotice(em, SYSTEM_ACTOR, n, { isCurrent, isDemo: false })) {
          this.logger.log(`seeded exam session ${n.year}`);
        }
      }
    });
    await this.seedAdmin();
    if (this.config.DEMO) await this.seedDemo(notices);
  }

  private async hasCurrent(em: Parameters<ExamSessionsService['resolve']>[1]): Promise<boolean> {
    return this.sessions.resolve(undefined, em).then(
      () => true,
      () => false,
    );
  }

  /** The first administrator; ADMIN_PASSWORD was checked before anything was seeded. */
  private async seedAdmin(): Promise<void> {
    if ((await this.accountsRepo.count()) > 0) return;
    const given = this.config.ADMIN_PASSWORD;
    const password = given ?? generatedPassword();
    await this.accounts.createAccount(SYSTEM_ACTOR, {
      username: 'admin',
      displayName: '中心管理员',
      role: 'center-admin',
      password,
      mustChangePassword: !given,
    });
    if (!given)
      announce(`初始管理员账号 admin 的一次性密码（仅显示这一次，首次登录须修改）：${password}`);
  }

  private async seedDemo(notices: NoticeSeed[]): Promise<void> {
    const base = notices.reduce((a, b) => (a.year > b.year ? a : b));
    const w = demoWindows(this.clock.now());
    const notice = {
      ...base,
      ...w,
      title: `${w.year}年度大连市机关事业单位工勤技能人员技术等级晋升考核（演示）`,
      noticeNo: null,
    };
    const created = await this.uow.run((em) =>
      this.setup.seedNotice(em, SYSTEM_ACTOR, notice, { isCurrent: true, isDemo: true }),
    );
    if (created) this.logger.log(`seeded demo exam session ${w.year}`);
    const session = await this.sessions.findByYear(w.year);
    this.logger.warn(
      'DEMO=1：已启用演示考核年度、演示单位和演示账号（demo-*），仅供试用，切勿在正式环境启用',
    );
    const given = this.config.DEMO_PASSWORD;
    if (given && passwordProblems(given, 'demo-staff').length) {
      this.logger.warn('DEMO_PASSWORD does not meet the password policy');
    }
    const password = await this.demo.seed(given ?? generatedPassword());
    if (password && !given)
      announce(
        `演示账号（demo-staff、demo-dept、demo-unit 等）的密码（仅显示这一次）：${password}`,
      );
    if (session?.isDemo) {
      const n = await this.demo.seedCandidates(session);
      if (n) this.logger.log(`seeded ${n} demo candidates`);
    }
  }
}

function readNotices(): NoticeSeed[] {
  return readdirSync(SEED_DIR)
    .filter((f) => /^notice-\d{4}\.json$/.test(f))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(SEED_DIR, f), 'utf8')) as NoticeSeed);
}

/** 18 random characters from four classes: always satisfies the password policy. */
export function generatedPassword(): string {
  const body = randomBytes(12).toString('base64url').replace(/[-_]/g, 'x');
  return `${body}#Q7k`;
}

/**
 * A weak ADMIN_PASSWORD stops the first start, in Chinese and English. A
 * forced change at first sign-in would not help: whoever guesses
 * `admin/admin` first would choose the new password (security-checklist #19).
 */
export function assertStrongAdminPassword(password: string): void {
  const problems = passwordProblems(password, 'admin');
  if (problems.length === 0) return;
  throw new Error(
    `ADMIN_PASSWORD 不符合密码策略，服务未启动：${problems.join('；')}。请设置更强的密码后重新启动。\n` +
      'ADMIN_PASSWORD does not meet the password policy (at least 10 characters, three of upper case, ' +
      'lower case, digits and symbols, not containing "admin", not a common password); the service did not start.',
  );
}

function announce(line: string): void {
  process.stdout.write(`\n==========\n${line}\n==========\n\n`);
}
