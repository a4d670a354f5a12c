import { Injectable, StreamableFile } from '@nestjs/common';
import type { Principal } from '../../common/auth/principal';
import { DomainError } from '../../common/errors/domain-error';
import { download, PDF_TYPE, streamDownload } from '../../common/http/download';
import { compareZh } from '../../common/text/collation';
import { UnitOfWork } from '../../database/unit-of-work';
import { actorOf, AuditService } from '../audit/audit.service';
import type { CertificateView } from '../documents/pdf/certificate.pdf';
import { ExamSessionsService } from '../exam-sessions/exam-sessions.service';
import { ISSUER } from './domain/issuer';
import { CertificatesRepository } from './certificates.repository';
import { certificateNotFound, certificateNotValid } from './certificates.errors';
import type { CertificateDownloadQueryDto } from './dto/certificates.dto';
import type { CertificateEntity } from './entities/certificate.entity';
import { CertificateSigner } from './signing/certificate-signer';
import { zipInBatches } from './certificate-zip';

/** One signed PDF holds every page in memory while it is laid out and signed. */
export const MAX_PDF_CERTIFICATES = 200;

/**
 * A zip's certificates go to the document workers 50 to a task (a few seconds of work, a few
 * MB; the first tasks smaller, so the download starts at once), at most two tasks at once:
 * both threads of the pool, and never more than two of its places, so other documents still
 * get their turn between batches.
 */
export const ZIP_BATCHES = { first: 5, perTask: 50, inFlight: 2 } as const;

/**
 * Certificates as signed PDFs: one, or a department's (a unit's) valid certificates as one
 * PDF or as a zip of one signed PDF each, streamed as they are rendered. Every download is
 * audited.
 */
@Injectable()
export class CertificateDownloadsService {
  constructor(
    private readonly repo: CertificatesRepository,
    private readonly sessions: ExamSessionsService,
    private readonly signer: CertificateSigner,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditService,
  ) {}

  async one(p: Principal, id: string): Promise<StreamableFile> {
    const c = await this.repo.find(p.scope, id);
    if (!c) throw certificateNotFound();
    if (c.status !== 'valid') throw certificateNotValid(c.status);
    const replaced = await this.repo.numbersOf(c.replacesId ? [c.replacesId] : []);
    const pdf = await this.signer.renderSigned(await this.views([c], replaced));
    await this.record(p, 'certificate.downloaded', c.id, { number: c.number });
    return download(pdf, PDF_TYPE, `合格证明-${c.number}-${c.name}.pdf`);
  }

  async batch(
    p: Principal,
    q: CertificateDownloadQueryDto,
    format: 'pdf' | 'zip',
  ): Promise<StreamableFile> {
    const session = await this.sessions.resolve(q.examYear);
    const certs = (
      await this.repo.all(p.scope, {
        sessionId: session.id,
        departmentId: q.departmentId,
        unitId: q.unitId,
        status: 'valid',
      })
    ).sort(
      (a, b) =>
        compareZh(a.departmentName, b.departmentName) ||
        compareZh(a.unitName, b.unitName) ||
        compareZh(a.name, b.name) ||
        a.number.localeCompare(b.number),
    );
    if (certs.length === 0)
      throw new DomainError('not-found', 'NO_CERTIFICATES', '没有可下载的合格证明');
    if (format === 'pdf' && certs.length > MAX_PDF_CERTIFICATES)
      throw new DomainError(
        'unprocessable',
        'TOO_MANY_PAGES',
        `共 ${certs.length} 份合格证明，超过单个 PDF 上限 ${MAX_PDF_CERTIFICATES} 份；请按单位（unitId）下载，或下载压缩包（每人一个 PDF）`,
      );
    const replaced = await this.repo.numbersOf(
      certs.map((c) => c.replacesId).filter((x): x is string => !!x),
    );
    await this.record(p, 'certificates.downloaded', session.id, {
      format,
      count: certs.length,
      departmentId: q.departmentId ?? null,
      unitId: q.unitId ?? null,
    });
    const name = `${session.year}年度合格证明-${certs.length}人.${format}`;
    if (format === 'pdf')
      return download(
        await this.signer.renderSigned(await this.views(certs, replaced)),
        PDF_TYPE,
        name,
      );
    const zip = zipInBatches(
      certs,
      async (batch) => this.signer.renderSignedEach(await this.views(batch, replaced)),
      (c) => `${c.unitName}/${c.number}-${c.name}.pdf`,
      ZIP_BATCHES,
    );
    return streamDownload(zip, 'application/zip', name);
  }

  /** What each certificate prints, in order; the QR texts are signed with one key read. */
  private async views(
    certs: CertificateEntity[],
    replaced: Map<string, string>,
  ): Promise<CertificateView[]> {
    const qrTexts = await this.signer.qrTextsFor(
      certs.map((c) => ({
        number: c.number,
        name: c.name,
        idNumber: c.idNumber,
        occupation: c.occupation,
        level: c.level,
        issueDate: c.issueDate,
        examYear: c.examYear,
      })),
    );
    return certs.map((c, i) => ({
      examYear: c.examYear,
      number: c.number,
      name: c.name,
      gender: c.gender,
      idNumber: c.idNumber,
      unitName: c.unitName,
      departmentName: c.departmentName,
      occupation: c.occupation,
      level: c.level,
      route: c.mode,
      issueDate: c.issueDate,
      issuer: ISSUER,
      qrText: qrTexts[i],
      verifyUrl: this.signer.verifyUrl,
      reissueOf: c.replacesId ? (replaced.get(c.replacesId) ?? null) : null,
    }));
  }

  private record(p: Principal, action: string, entityId: string, after: Record<string, unknown>) {
    return this.uow.run((em) =>
      this.audit.record(em, actorOf(p), {
        action,
        entityType: action.startsWith('certificates.') ? 'exam-session' : 'certificate',
        entityId,
        after,
      }),
    );
  }
}
