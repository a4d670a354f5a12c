import { Injectable } from '@nestjs/common';
import type { Principal } from '../../common/auth/principal';
import { Clock } from '../../common/clock/clock';
import type { DateOnly } from '../../common/dates/date-only';
import type { DocType } from '../registrations/domain/document-types';
import { RegistrationFilesService } from '../registrations/registration-files.service';
import { ExemptDecisionsService } from '../results/exempt-decisions.service';
import { demoEvidencePdf } from './domain/demo-evidence-pdf';
import { instantOn } from './domain/demo-session';
import type { DemoCandidate } from './domain/demo-seed';

type Seeded = DemoCandidate & { id: string };
type PrincipalOf = (username: string) => Promise<Principal>;

/**
 * The demo's 免考复核认定 (二(九)): the units upload each re-recognition's evidence when they
 * register it, and once filed the center approves the first, rejects the second with its
 * reason, and leaves the rest pending, so the decisions screen shows all three states.
 */
@Injectable()
export class DemoExemptDecisions {
  constructor(
    private readonly clock: Clock,
    private readonly files: RegistrationFilesService,
    private readonly decisions: ExemptDecisionsService,
  ) {}

  /** Evidence PDFs, uploaded by each candidate's unit on the day it registered them. */
  async uploadEvidence(cs: Seeded[], on: DateOnly, principal: PrincipalOf): Promise<void> {
    await this.clock.at(instantOn(on), async () => {
      for (const c of cs) {
        const cert = c.nationalCertificate;
        if (!cert) continue;
        const unit = await principal(c.unitAccount);
        const docs: [DocType, string][] = [['national-certificate', 'Certificate (demo scan)']];
        docs.push(
          cert.militaryCommitment
            ? ['commitment', 'Signed commitment of a veteran (demo)']
            : ['national-verification', 'National query system result (demo)'],
        );
        for (const [docType, title] of docs) {
          const bytes = demoEvidencePdf([
            title,
            `No. ${cert.number ?? '-'}`,
            `Level: ${cert.level}`,
          ]);
          await this.files.putDocument(unit, c.id, docType, { bytes, name: `${docType}.pdf` });
        }
      }
    });
  }

  /** The center's decisions on the filed re-recognitions: approved, rejected, the rest pending. */
  async decide(cs: Seeded[], on: DateOnly, principal: PrincipalOf): Promise<void> {
    const exempt = cs.filter((c) => c.nationalCertificate);
    const staff = await principal('demo-staff');
    const [approve, reject] = [
      exempt.find((c) => c.nationalCertificate?.verified),
      exempt.find((c) => c.nationalCertificate?.militaryCommitment),
    ];
    await this.clock.at(instantOn(on), async () => {
      if (approve) await this.decisions.decide(staff, approve.id, { decision: 'approved' });
      if (reject)
        await this.decisions.decide(staff, reject.id, {
          decision: 'rejected',
          reason: '承诺书未由本人签名，且未附退役证明，请补正后重新申报',
        });
    });
  }
}
