import { Injectable } from '@nestjs/common';
import type { Principal } from '../../common/auth/principal';
import { scopeFor } from '../../common/auth/scope';
import { Clock } from '../../common/clock/clock';
import { addDays, chinaDateOf, type DateOnly } from '../../common/dates/date-only';
import { AccountsRepository } from '../accounts/accounts.repository';
import type { ExamSessionEntity } from '../exam-sessions/entities/exam-session.entity';
import type { CreateRegistrationDto } from '../registrations/dto/registration.dto';
import { BatchesService } from '../registrations/batches.service';
import { PublicitiesService } from '../registrations/publicities.service';
import { RegistrationWindowService } from '../registrations/registration-window.service';
import { RegistrationsService } from '../registrations/registrations.service';
import { ReviewService } from '../registrations/review.service';
import { AllocationService } from '../scheduling/allocation.service';
import { SittingsService } from '../scheduling/sittings.service';
import { VenuesService } from '../scheduling/venues.service';
import { PublicationService } from '../certificates/publication.service';
import { DemoExemptDecisions } from './demo-exempt-decisions';
import { DemoReviews } from './demo-reviews';
import { DemoScoring } from './demo-scoring';
import { DEMO_DAYS, instantOn } from './domain/demo-session';
import type { DemoCandidate, DemoSeed, DemoStage } from './domain/demo-seed';

type Seeded = DemoCandidate & { id: string };

/**
 * DEMO=1: walks the demo candidates through the real services, each step as
 * the account that takes it in real life and at a past instant of a
 * simulated clock, so their histories, the audit trail and the documents are
 * genuine. Today a newcomer finds candidates at every stage: registered,
 * unit-approved, in publicity, submitted to the department,
 * department-approved, reported to the center, filed (备案) and seated, with
 * tickets downloadable now; scores keyed, disputed, resolved and locked; and
 * technician reviews (附件4) at every state.
 */
@Injectable()
export class DemoSeason {
  constructor(
    private readonly clock: Clock,
    private readonly accounts: AccountsRepository,
    private readonly registrations: RegistrationsService,
    private readonly review: ReviewService,
    private readonly publicities: PublicitiesService,
    private readonly batches: BatchesService,
    private readonly window: RegistrationWindowService,
    private readonly venues: VenuesService,
    private readonly sittings: SittingsService,
    private readonly allocation: AllocationService,
    private readonly exempt: DemoExemptDecisions,
    private readonly scoring: DemoScoring,
    private readonly reviews: DemoReviews,
    private readonly publication: PublicationService,
  ) {}

  /** Seeds the season once: nothing happens when the demo session has registrations. */
  async seed(session: ExamSessionEntity, seed: DemoSeed): Promise<number> {
    const staff = await this.principal('demo-staff');
    const existing = await this.registrations.list(staff, {
      examYear: session.year,
      page: 1,
      pageSize: 1,
    });
    if (existing.total > 0) return 0;
    const today = chinaDateOf(this.clock.now());
    const day = (offset: number): DateOnly => addDays(today, offset);
    const of = (...stages: DemoStage[]) => seed.candidates.filter((c) => stages.includes(c.stage));
    const year = session.year;

    const filed = await this.register(year, of('filed'), day(DEMO_DAYS.filedRegister));
    await this.exempt.uploadEvidence(filed, day(DEMO_DAYS.filedRegister), (u) => this.principal(u));
    const end = await this.publicise(year, filed, day(DEMO_DAYS.filedPublicity));
    await this.report(year, filed, addDays(end, 1));
    await this.acceptAll(year, addDays(end, 2));
    await this.exempt.decide(filed, addDays(end, 3), (u) => this.principal(u));

    await this.at(day(DEMO_DAYS.extension), async () => {
      for (const d of seed.departments) {
        await this.window.extend(staff, await this.departmentId(d.account), {
          examYear: year,
          untilDate: day(DEMO_DAYS.extensionUntil),
          reason: '演示：补报',
        });
      }
    });
    const reported = await this.register(year, of('reported'), day(DEMO_DAYS.reportedRegister));
    const reportedEnd = await this.publicise(year, reported, day(DEMO_DAYS.reportedPublicity));
    await this.report(year, reported, addDays(reportedEnd, 1));

    const later = await this.register(
      year,
      of('submitted', 'department-approved'),
      day(DEMO_DAYS.laterRegister),
    );
    await this.publicise(year, later, day(DEMO_DAYS.laterPublicity));
    await this.submit(later, day(DEMO_DAYS.laterSubmit));
    await this.departmentApprove(
      later.filter((c) => c.stage === 'department-approved'),
      day(DEMO_DAYS.laterDepartmentReview),
    );

    await this.schedule(staff, year, filed, today);
    const technicians = filed.filter(
      (c) => c.targetLevel === 'technician' && !c.nationalCertificate,
    );
    await this.scoring.seed(year, new Set(technicians.map((c) => c.id)), day(DEMO_DAYS.scoring));
    await this.reviews.seed(technicians, today, (u) => this.principal(u));

    const inPublicity = await this.register(
      year,
      of('in-publicity'),
      day(DEMO_DAYS.inPublicityRegister),
    );
    await this.publicise(year, inPublicity, day(DEMO_DAYS.inPublicityStart));
    const approved = await this.register(
      year,
      of('unit-approved'),
      day(DEMO_DAYS.unitApprovedRegister),
    );
    await this.unitApprove(approved, day(DEMO_DAYS.unitApprovedReview));
    await this.register(year, of('registered'), day(DEMO_DAYS.registered));
    // Those already passed hold certificates (published, then reopened for the rest).
    await this.publication.seedDemo(staff, year, await this.principal('admin'));
    return seed.candidates.length;
  }

  private async register(year: number, cs: DemoCandidate[], on: DateOnly): Promise<Seeded[]> {
    return this.at(on, async () => {
      const out: Seeded[] = [];
      for (const c of cs) {
        const { stage: _s, unitAccount, ...fields } = c;
        const dto = { ...fields, examYear: year } as CreateRegistrationDto;
        const r = await this.registrations.create(await this.principal(unitAccount), dto);
        out.push({ ...c, id: r.id });
      }
      return out;
    });
  }

  private unitApprove(cs: Seeded[], on: DateOnly): Promise<void> {
    return this.at(on, async () => {
      for (const [account, ids] of groupBy(cs, (c) => c.unitAccount)) {
        await this.review.unitReview(await this.principal(account), {
          ids,
          decision: 'approve',
          conductAttested: true,
        });
      }
    });
  }

  /** Unit review and the start of the 5-working-day publicity; answers its last day. */
  private async publicise(year: number, cs: Seeded[], on: DateOnly): Promise<DateOnly> {
    await this.unitApprove(cs, on);
    return this.at(on, async () => {
      let last = on;
      for (const [account, ids] of groupBy(cs, (c) => c.unitAccount)) {
        const p = await this.publicities.start(await this.principal(account), {
          examYear: year,
          registrationIds: ids,
          contactPerson: '人事科 王老师',
          contactPhone: '0411-39990000',
        });
        if (p.endDate > last) last = p.endDate;
      }
      return last;
    });
  }

  private submit(cs: Seeded[], on: DateOnly): Promise<void> {
    return this.at(on, async () => {
      for (const [account, ids] of groupBy(cs, (c) => c.unitAccount)) {
        await this.review.submitToDepartment(await this.principal(account), ids);
      }
    });
  }

  private departmentApprove(cs: Seeded[], on: DateOnly): Promise<void> {
    return this.at(on, async () => {
      for (const [account, ids] of groupBy(cs, (c) => c.departmentAccount)) {
        await this.review.departmentReview(await this.principal(account), {
          ids,
          decision: 'approve',
        });
      }
    });
  }

  /** Submission to the department, its re-review, and its batch to the center. */
  private async report(year: number, cs: Seeded[], on: DateOnly): Promise<void> {
    await this.submit(cs, on);
    await this.departmentApprove(cs, on);
    await this.at(on, async () => {
      for (const account of new Set(cs.map((c) => c.departmentAccount))) {
        await this.batches.submit(await this.principal(account), year);
      }
    });
  }

  private acceptAll(year: number, on: DateOnly): Promise<void> {
    return this.at(on, async () => {
      const staff = await this.principal('demo-staff');
      const batches = await this.batches.list(staff, { examYear: year, page: 1, pageSize: 100 });
      for (const b of batches.items) {
        if (b.status === 'submitted') await this.batches.accept(staff, b.id);
      }
    });
  }

  /** A venue with rooms, one theory and one practical sitting per paper category, seats, published. */
  private async schedule(
    staff: Principal,
    year: number,
    filed: Seeded[],
    today: DateOnly,
  ): Promise<void> {
    await this.at(addDays(today, DEMO_DAYS.scheduling), async () => {
      const venue = await this.venues.createVenue(staff, {
        name: `${year}年演示考点（大连市职业技能鉴定中心）`,
        address: '大连市沙河口区演示路 1 号',
      });
      for (const name of ['第一考场', '第二考场']) {
        await this.venues.addRoom(staff, venue.id, { name, capacity: 30, seatsPerRow: 6 });
      }
      const examDay = addDays(today, DEMO_DAYS.examTheory);
      const categories = await this.paperCategories(filed);
      for (const paperCategory of categories) {
        for (const [component, startTime, endTime] of [
          ['theory', '09:00', '11:00'],
          ['practical', '14:00', '16:00'],
        ] as const) {
          await this.sittings.create(staff, {
            examYear: year,
            paperCategory,
            component,
            date: examDay,
            startTime,
            endTime,
            venueId: venue.id,
          });
        }
      }
      await this.allocation.allocate(staff, { examYear: year });
      await this.allocation.publish(staff, year);
    });
  }

  private async paperCategories(filed: Seeded[]): Promise<string[]> {
    const staff = await this.principal('demo-staff');
    const out = new Set<string>();
    for (const c of filed) {
      const r = await this.registrations.get(staff, c.id);
      if (r.mode === 'exam') out.add(r.paperCategory);
    }
    return [...out];
  }

  private at<T>(on: DateOnly, work: () => Promise<T>): Promise<T> {
    return this.clock.at(instantOn(on), work);
  }

  private async principal(username: string): Promise<Principal> {
    const a = await this.accounts.findByUsername(username);
    if (!a) throw new Error(`demo account ${username} is missing`);
    return { accountId: a.id, username: a.username, role: a.role, scope: scopeFor(a) };
  }

  private async departmentId(username: string): Promise<string> {
    const scope = (await this.principal(username)).scope;
    if (scope.kind !== 'department') throw new Error(`${username} is not a department account`);
    return scope.departmentId;
  }
}

function groupBy<T extends { id: string }>(
  items: T[],
  key: (t: T) => string,
): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const t of items) out.set(key(t), [...(out.get(key(t)) ?? []), t.id]);
  return out;
}
