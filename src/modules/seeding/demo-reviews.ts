import { Injectable } from '@nestjs/common';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Principal } from '../../common/auth/principal';
import { Clock } from '../../common/clock/clock';
import { addDays, type DateOnly } from '../../common/dates/date-only';
import type { SaveReviewDto } from '../reviews/dto/review.dto';
import { ReviewsService } from '../reviews/reviews.service';
import { DEMO_DAYS, instantOn } from './domain/demo-session';
import type { DemoCandidate } from './domain/demo-seed';
import { SEED_DIR } from './seed-dir';

type Seeded = DemoCandidate & { id: string };
type PrincipalOf = (username: string) => Promise<Principal>;

/** Where a demo review is left today. */
type Outcome = 'passed' | 'submitted' | 'returned' | 'draft';

/** seed/demo-reviews.json: what each unit writes on 附件4, what its department adds. */
interface DemoReview {
  name: string;
  outcome: Outcome;
  form: Omit<SaveReviewDto, 'version' | 'departmentOpinion'>;
  departmentOpinion?: string;
  returnReason?: string;
}

/**
 * DEMO=1, 技师综合评审 (notice 三, 附件4), after scoring: the strong technicians passed theory
 * and practical in locked sittings, so their reviews are open. Each unit fills its candidate's
 * form; the departments add 主管部门意见 and report three of them; the center records 合格 for
 * one, returns one with its reason and leaves one waiting; one form stays a unit's draft, and
 * one open review nobody has started is left for a newcomer (孟庆林).
 */
@Injectable()
export class DemoReviews {
  constructor(
    private readonly clock: Clock,
    private readonly reviews: ReviewsService,
  ) {}

  async seed(cs: Seeded[], today: DateOnly, principal: PrincipalOf): Promise<void> {
    const plan = readReviews()
      .map((r) => ({ ...r, c: cs.find((c) => c.name === r.name) }))
      .filter((r): r is DemoReview & { c: Seeded } => !!r.c);
    const on = (offset: number, work: () => Promise<void>) =>
      this.clock.at(instantOn(addDays(today, offset)), work);

    await on(DEMO_DAYS.reviewUnit, async () => {
      for (const r of plan) {
        const unit = await principal(r.c.unitAccount);
        await this.reviews.save(unit, r.c.id, { ...r.form, departmentOpinion: '', version: 0 });
      }
    });
    const reported = plan.filter((r) => r.outcome !== 'draft');
    await on(DEMO_DAYS.reviewDepartment, async () => {
      for (const r of reported) {
        const dept = await principal(r.c.departmentAccount);
        const { version } = await this.reviews.get(dept, r.c.id);
        const saved = await this.reviews.save(dept, r.c.id, {
          ...r.form,
          departmentOpinion: r.departmentOpinion ?? '',
          version,
        });
        await this.reviews.submit(dept, r.c.id, { version: saved.version });
      }
    });
    await on(DEMO_DAYS.reviewCenter, async () => {
      const staff = await principal('demo-staff');
      for (const r of reported) {
        const { version } = await this.reviews.get(staff, r.c.id);
        if (r.outcome === 'passed') {
          await this.reviews.decide(staff, r.c.id, { version, result: 'pass' });
        }
        if (r.outcome === 'returned') {
          await this.reviews.returnToDepartment(staff, r.c.id, {
            version,
            reason: r.returnReason ?? '请补充后重新报送',
          });
        }
      }
    });
  }
}

function readReviews(): DemoReview[] {
  const raw = readFileSync(join(SEED_DIR, 'demo-reviews.json'), 'utf8');
  return (JSON.parse(raw) as { reviews: DemoReview[] }).reviews;
}
