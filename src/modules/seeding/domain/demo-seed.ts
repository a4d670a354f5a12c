import type { Role } from '../../accounts/domain/roles';
import type { DepartmentKind } from '../../organizations/domain/department-kinds';
import type { RegistrationInput } from '../../registrations/domain/registration-input';

/** Where a demo candidate stands today (DEMO=1 shows every stage built so far). */
export const DEMO_STAGES = [
  'registered',
  'unit-approved',
  'in-publicity',
  'submitted',
  'department-approved',
  'reported',
  'filed',
] as const;
export type DemoStage = (typeof DEMO_STAGES)[number];

type RawCandidate = Omit<
  RegistrationInput,
  'phone' | 'professionalTitle' | 'yearsInOccupation' | 'nationalCertificate'
> &
  Partial<
    Pick<
      RegistrationInput,
      'phone' | 'professionalTitle' | 'yearsInOccupation' | 'nationalCertificate'
    >
  > & { unit: string; stage: DemoStage };

/** seed/demo.json as written. */
export interface RawDemoSeed {
  departments: { name: string; kind: DepartmentKind; units: string[] }[];
  accounts: {
    username: string;
    displayName: string;
    role: Role;
    department?: string;
    unit?: string;
  }[];
  candidates: RawCandidate[];
}

export type DemoCandidate = RegistrationInput & {
  stage: DemoStage;
  unitAccount: string;
  departmentAccount: string;
};

export interface DemoSeed {
  departments: { name: string; account: string }[];
  candidates: DemoCandidate[];
}

/**
 * Ties each demo candidate to the accounts that act for it: its unit's and
 * its department's. Every demo unit and department must have one.
 */
export function resolveDemoSeed(raw: RawDemoSeed): DemoSeed {
  const unitAccount = new Map<string, string>();
  const departmentAccount = new Map<string, string>();
  for (const a of raw.accounts) {
    if (a.role === 'unit' && a.unit) unitAccount.set(a.unit, a.username);
    if (a.role === 'department' && a.department) departmentAccount.set(a.department, a.username);
  }
  const departmentOf = new Map<string, string>();
  for (const d of raw.departments) {
    if (!departmentAccount.has(d.name)) throw new Error(`demo department ${d.name} has no account`);
    for (const u of d.units) {
      if (!unitAccount.has(u)) throw new Error(`demo unit ${u} has no account`);
      departmentOf.set(u, d.name);
    }
  }
  return {
    departments: raw.departments.map((d) => ({
      name: d.name,
      account: departmentAccount.get(d.name)!,
    })),
    candidates: raw.candidates.map(({ unit, ...c }) => {
      const department = departmentOf.get(unit);
      if (!department) throw new Error(`demo candidate ${c.name}: unknown unit ${unit}`);
      return {
        ...c,
        phone: c.phone ?? null,
        professionalTitle: c.professionalTitle ?? null,
        yearsInOccupation: c.yearsInOccupation ?? null,
        nationalCertificate: c.nationalCertificate ?? null,
        unitAccount: unitAccount.get(unit)!,
        departmentAccount: departmentAccount.get(department)!,
      };
    }),
  };
}
