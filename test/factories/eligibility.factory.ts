import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalizeName } from '../../src/common/text/normalize';
import {
  occupationsOfNotice,
  type NoticeReference,
} from '../../src/modules/catalog/domain/reference-data';
import type {
  LevelDefinition,
  SessionRules,
} from '../../src/modules/exam-sessions/domain/session-rules';
import type {
  Application,
  EligibilityContext,
  OccupationFacts,
} from '../../src/modules/eligibility/domain/eligibility.types';

type Notice = NoticeReference & {
  certCutoffDate: string;
  rules: SessionRules;
  levels: LevelDefinition[];
};

export const notice2025 = JSON.parse(
  readFileSync(join(__dirname, '../../seed/notice-2025.json'), 'utf8'),
) as Notice;

const categoryName = new Map(notice2025.paperCategories.map((c) => [c.code, c.name]));
const catalog = new Map(occupationsOfNotice(notice2025).map((o) => [o.normalizedName, o]));

/** What the 2025 catalog says of an occupation (unknown ones: 综合, no technician level). */
export function facts(name: string): OccupationFacts {
  const o = catalog.get(normalizeName(name));
  return o
    ? {
        name: o.name,
        paperCategory: categoryName.get(o.paperCategoryCode)!,
        technicianClass: o.technicianClass,
      }
    : { name: normalizeName(name), paperCategory: '综合', technicianClass: null };
}

/** A valid standard technician application of a 汽车驾驶员; override what a case is about. */
export function makeApplication(overrides: Partial<Application> = {}): Application {
  return {
    targetOccupation: '汽车驾驶员',
    targetLevel: 'technician',
    route: 'standard',
    workStartDate: '1998-09-01',
    confirmed: true,
    currentOccupation: '汽车驾驶员',
    currentLevel: 'senior',
    currentCertDate: '2016-05-20',
    professionalTitle: null,
    yearsInOccupation: null,
    nationalCertificate: null,
    ...overrides,
  };
}

export function contextFor(app: Application, n: Notice = notice2025): EligibilityContext {
  return {
    certCutoffDate: n.certCutoffDate,
    rules: n.rules,
    levels: n.levels,
    target: facts(app.targetOccupation),
    current: app.currentOccupation ? facts(app.currentOccupation) : null,
  };
}
