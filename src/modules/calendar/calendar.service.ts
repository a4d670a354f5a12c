import { Injectable } from '@nestjs/common';
import type { Principal } from '../../common/auth/principal';
import { pageOf, type Page } from '../../common/http/page.dto';
import { Clock } from '../../common/clock/clock';
import { chinaDateOf, DateOnly, yearOf } from '../../common/dates/date-only';
import { UnitOfWork } from '../../database/unit-of-work';
import { actorOf, AuditService } from '../audit/audit.service';
import { overrideNotFound, yearMismatch, yearNotCovered } from './calendar.errors';
import { CalendarRepository } from './calendar.repository';
import { chinaWorkingDayOracle, packageCovers } from './domain/china-calendar';
import { WorkingDayOracle, workingDaysEnd } from './domain/working-days';
import type {
  CalendarYearsResponse,
  DayResponse,
  DeclareYearDto,
  OverrideDto,
  OverrideQueryDto,
  OverrideResponse,
} from './dto/calendar.dto';
import { CalendarOverrideEntity } from './entities/calendar-override.entity';
import { CalendarYearEntity } from './entities/calendar-year.entity';

/**
 * The working-day calendar of mainland China that every period of the notice
 * uses (the 5-working-day publicity). The center's overrides are cached and
 * reloaded after each change.
 */
@Injectable()
export class CalendarService {
  private oracle?: Promise<{ oracle: WorkingDayOracle; overrides: Map<string, boolean> }>;

  constructor(
    private readonly repo: CalendarRepository,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async workingDaysEnd(start: DateOnly, days: number): Promise<DateOnly> {
    const { oracle } = await this.load();
    const result = workingDaysEnd(start, days, oracle);
    if ('uncoveredYear' in result) throw yearNotCovered(result.uncoveredYear);
    return result.end;
  }

  async day(date: DateOnly): Promise<DayResponse> {
    const { oracle, overrides } = await this.load();
    const working = oracle(date);
    if (working === undefined) throw yearNotCovered(yearOf(date));
    return { date, working, source: overrides.has(date) ? 'override' : 'package' };
  }

  async overrides(q: OverrideQueryDto): Promise<Page<OverrideResponse>> {
    const rows = (await this.repo.overrides()).filter((o) => !q.year || yearOf(o.date) === q.year);
    return pageOf(
      rows.map((o) => ({ date: o.date, working: o.working, note: o.note })),
      q,
    );
  }

  /** Which years the center declared, and which the holiday package covers. */
  async years(): Promise<CalendarYearsResponse> {
    const years = await this.repo.declaredYears();
    const thisYear = yearOf(chinaDateOf(this.clock.now()));
    const packageYears = [];
    for (let y = 2004; y <= thisYear + 2; y++) if (packageCovers(y)) packageYears.push(y);
    return { declaredYears: years.map((y) => y.year), packageYears };
  }

  async setOverride(p: Principal, date: DateOnly, dto: OverrideDto): Promise<DayResponse> {
    await this.uow.run(async (em) => {
      const before = await this.repo.findOverride(date, em);
      const row = Object.assign(new CalendarOverrideEntity(), {
        date,
        working: dto.working,
        note: dto.note ?? '',
        createdAt: this.clock.now(),
      });
      await this.repo.upsertOverride(em, row);
      await this.audit.record(em, actorOf(p), {
        action: 'calendar.override',
        entityType: 'calendar-day',
        entityId: date,
        before: before ? { working: before.working, note: before.note } : null,
        after: { working: row.working, note: row.note },
      });
    });
    this.oracle = undefined;
    return { date, working: dto.working, source: 'override' };
  }

  async removeOverride(p: Principal, date: DateOnly): Promise<void> {
    await this.uow.run(async (em) => {
      const before = await this.repo.findOverride(date, em);
      if (!before) throw overrideNotFound();
      await this.repo.deleteOverride(em, date);
      await this.audit.record(em, actorOf(p), {
        action: 'calendar.override-remove',
        entityType: 'calendar-day',
        entityId: date,
        before: { working: before.working, note: before.note },
      });
    });
    this.oracle = undefined;
  }

  /** For a year the package lacks: the center enters its holidays and adjusted working days. */
  async declareYear(
    p: Principal,
    year: number,
    dto: DeclareYearDto,
  ): Promise<CalendarYearsResponse> {
    for (const d of [...dto.holidays, ...dto.workdays])
      if (yearOf(d) !== year) throw yearMismatch(year, d);
    const now = this.clock.now();
    const rows = [
      ...dto.holidays.map((date) => ({ date, working: false, note: '法定节假日' })),
      ...dto.workdays.map((date) => ({ date, working: true, note: '调休上班' })),
    ].map((r) => Object.assign(new CalendarOverrideEntity(), r, { createdAt: now }));
    await this.uow.run(async (em) => {
      const declared = Object.assign(new CalendarYearEntity(), {
        year,
        declaredBy: p.username,
        declaredAt: now,
      });
      await this.repo.replaceYear(em, year, dedupe(rows), declared);
      await this.audit.record(em, actorOf(p), {
        action: 'calendar.declare-year',
        entityType: 'calendar-year',
        entityId: String(year),
        after: { holidays: dto.holidays, workdays: dto.workdays },
      });
    });
    this.oracle = undefined;
    return this.years();
  }

  private load() {
    this.oracle ??= (async () => {
      const [rows, years] = await Promise.all([this.repo.overrides(), this.repo.declaredYears()]);
      const overrides = new Map(rows.map((o) => [o.date, o.working]));
      const oracle = chinaWorkingDayOracle(overrides, new Set(years.map((y) => y.year)));
      return { oracle, overrides };
    })();
    const pending = this.oracle;
    pending.catch(() => {
      if (this.oracle === pending) this.oracle = undefined;
    });
    return pending;
  }
}

/** The last entry for a date wins (a date cannot be both). */
function dedupe(rows: CalendarOverrideEntity[]): CalendarOverrideEntity[] {
  return [...new Map(rows.map((r) => [r.date, r])).values()];
}
