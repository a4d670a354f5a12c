import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { createWriteStream, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { DataSource } from 'typeorm';
import { WRITE_DATA_SOURCE } from '../src/database/unit-of-work';
import { fromBuffer as zipFromBuffer, type Entry } from 'yauzl';
import { insertRows } from '../src/database/insert-rows';
import { CertificateEntity } from '../src/modules/certificates/entities/certificate.entity';
import { certificateNumber } from '../src/modules/certificates/domain/certificate-number';
import { qrUrl, signQr, sm2PrivateKey } from '../src/modules/certificates/domain/certificate-qr';
import { ISSUER } from '../src/modules/certificates/domain/issuer';
import { generatePdfKey, generateSm2Key } from '../src/modules/certificates/signing/key-material';
import { pdfSigner, signaturePlaceholder } from '../src/modules/certificates/signing/pdf-signer';
import {
  renderCertificatesPdf,
  type CertificateView,
} from '../src/modules/documents/pdf/certificate.pdf';
import { ExamSessionsService } from '../src/modules/exam-sessions/exam-sessions.service';
import { LEVELS } from '../src/modules/exam-sessions/domain/session-rules';
import { ADMIN_PASSWORD, benchApp } from './bench-app';
import { Prng } from './season/prng';
import { departmentNames, personName, unitNames } from './season/season-names';

/**
 * 合格证明 at season scale: N certificates (BENCH_CERTIFICATES, default 1000) rendered and
 * signed (a) through `GET /certificates/batch.zip`, the real service on SQLite with its worker
 * pool, and (b) at the library floor: pdfmake and the same two signatures (SM2 over the QR
 * payload, RSA over the PDF) one after another in this thread, no database, no workers.
 * BENCH_CERT_CASES=zip or floor runs one case (e.g. under `node --cpu-prof`).
 */

const N = Number(process.env.BENCH_CERTIFICATES ?? 1000);
const CASES = (process.env.BENCH_CERT_CASES ?? 'zip,floor').split(',');
const BASE_URL = 'http://localhost:3000';
const ISSUE_DATE = '2025-10-15';
const SIGNED_AT = new Date('2025-10-15T02:00:00Z');

/** One department of N people in units of about 25, plausible names, every level. */
function rows(sessionId: string): CertificateEntity[] {
  const rng = new Prng(2025);
  const [dept] = departmentNames(rng, 1);
  const units = unitNames(rng, dept, Math.max(1, Math.ceil(N / 25)));
  const unitIds = units.map(() => randomUUID());
  const deptId = randomUUID();
  const sequence = new Map<string, number>();
  return Array.from({ length: N }, (_, i) => {
    const gender = rng.chance(0.5) ? '男' : '女';
    const level = LEVELS[i % LEVELS.length];
    const seq = (sequence.get(level) ?? 0) + 1;
    sequence.set(level, seq);
    const u = i % units.length;
    return {
      id: randomUUID(),
      number: certificateNumber(2025, level, seq),
      sessionId,
      examYear: 2025,
      level,
      sequence: seq,
      registrationId: randomUUID(),
      idNumber:
        `2102${String(100000 + (i % 900000)).padStart(6, '0')}19800101${String(i % 1000).padStart(3, '0')}`.slice(
          0,
          17,
        ) + 'X',
      name: personName(rng, gender),
      gender,
      departmentId: deptId,
      departmentName: dept.name,
      unitId: unitIds[u],
      unitName: units[u],
      occupation: rng.pick(['维修电工', '汽车驾驶员', '中式烹调师', '计算机操作员', '收银员']),
      mode: i % 33 === 0 ? 'exempt-review' : 'exam',
      issueDate: ISSUE_DATE,
      status: 'valid',
      revokedAt: null,
      revokeReason: null,
      replacesId: null,
      reissueReason: null,
      replacedById: null,
      createdBy: 'bench',
      createdAt: SIGNED_AT,
      version: 1,
    };
  });
}

interface Usage {
  baseMb: number;
  peakMb: number;
  /** CPU time of the process, all threads (workers included), per certificate. */
  cpuMs: number;
}

/** Samples this process's RSS (main thread and worker threads) every 25 ms, and its CPU time. */
function watch(): { stop: () => Usage } {
  const base = process.memoryUsage().rss;
  const cpu = process.cpuUsage();
  let peak = base;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 25);
  return {
    stop: () => {
      clearInterval(timer);
      peak = Math.max(peak, process.memoryUsage().rss);
      const used = process.cpuUsage(cpu);
      return {
        baseMb: base / 2 ** 20,
        peakMb: peak / 2 ** 20,
        cpuMs: (used.user + used.system) / 1000 / N,
      };
    },
  };
}

function report(label: string, ms: number, u: Usage, extra = '') {
  console.log(
    `${label.padEnd(34)} ${(ms / 1000).toFixed(1).padStart(6)} s  ${((N * 1000) / ms).toFixed(1).padStart(6)} certificates/s` +
      `  CPU ${u.cpuMs.toFixed(0)} ms each  peak RSS ${u.peakMb.toFixed(0)} MB (+${(u.peakMb - u.baseMb).toFixed(0)})${extra}`,
  );
}

/** Entries of a zip: their names and whether each is a PDF with a signature dictionary. */
function zipEntries(zip: Buffer): Promise<{ name: string; signed: boolean }[]> {
  return new Promise((resolve, reject) => {
    zipFromBuffer(zip, { lazyEntries: true }, (err, file) => {
      if (err || !file) return reject(err ?? new Error('no zip'));
      const out: { name: string; signed: boolean }[] = [];
      file.on('entry', (e: Entry) =>
        file.openReadStream(e, (err2, stream) => {
          if (err2 || !stream) return reject(err2 ?? new Error('no entry'));
          const parts: Buffer[] = [];
          stream.on('data', (b: Buffer) => parts.push(b));
          stream.on('end', () => {
            const pdf = Buffer.concat(parts);
            const signed =
              pdf.subarray(0, 5).toString() === '%PDF-' &&
              pdf.includes('/SubFilter /adbe.pkcs7.detached');
            out.push({ name: e.fileName, signed });
            file.readEntry();
          });
        }),
      );
      file.on('end', () => resolve(out));
      file.readEntry();
    });
  });
}

async function zipCase(): Promise<void> {
  const { app, url } = await benchApp();
  try {
    const session = await app.get(ExamSessionsService).resolve(2025);
    const ds = app.get<DataSource>(WRITE_DATA_SOURCE);
    await ds.transaction((em) => insertRows(em, CertificateEntity, rows(session.id)));
    const login = await fetch(`${url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: ADMIN_PASSWORD }),
    });
    const { accessToken } = (await login.json()) as { accessToken: string };
    const mem = watch();
    const start = performance.now();
    let first = 0;
    const res = await fetch(`${url}/api/v1/certificates/batch.zip?examYear=2025`, {
      headers: { authorization: `Bearer ${accessToken}` },
    });
    if (res.status !== 200) throw new Error(`batch.zip answered ${res.status}`);
    // Written to a file as it arrives: the client's copy must not count in the service's RSS.
    const file = join(mkdtempSync(join(tmpdir(), 'certificates-bench-')), 'batch.zip');
    const sink = createWriteStream(file);
    for await (const chunk of Readable.fromWeb(res.body as never) as AsyncIterable<Buffer>) {
      if (!first) first = performance.now() - start;
      if (!sink.write(chunk)) await once(sink, 'drain');
    }
    await new Promise((resolve) => sink.end(resolve));
    const ms = performance.now() - start;
    const used = mem.stop();
    const zip = readFileSync(file);
    const entries = await zipEntries(zip);
    const unsigned = entries.filter((e) => !e.signed).length;
    if (entries.length !== N || unsigned) {
      throw new Error(`zip holds ${entries.length} entries, ${unsigned} without a signature`);
    }
    report(
      '(a) GET /certificates/batch.zip',
      ms,
      used,
      `  first byte ${first.toFixed(0)} ms, ${(zip.length / 2 ** 20).toFixed(1)} MB`,
    );
  } finally {
    await app.close();
  }
}

/** The same pages and signatures with nothing around them: one thread, no database. */
async function floorCase(): Promise<void> {
  const pdfKey = generatePdfKey(SIGNED_AT);
  const sm2 = generateSm2Key();
  const key = { privateKeyPem: pdfKey.privateKeyPem, certificatePem: pdfKey.certificatePem ?? '' };
  const qrKey = { id: 'k2025bench1', privateKey: sm2PrivateKey(sm2.privateKeyPem) };
  const certs = rows(randomUUID());
  // As a worker's batch does: the key and chain parsed once.
  const sign = pdfSigner(key);
  const mem = watch();
  const start = performance.now();
  let bytes = 0;
  for (const c of certs) {
    const view: CertificateView = {
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
      qrText: qrUrl(BASE_URL, signQr({ ...c }, qrKey)),
      verifyUrl: `${BASE_URL}/api/v1/public/certificates/page`,
      reissueOf: null,
    };
    const pdf = await renderCertificatesPdf([view], signaturePlaceholder(SIGNED_AT));
    bytes += (await sign(pdf, SIGNED_AT)).length;
  }
  const ms = performance.now() - start;
  report(
    '(b) floor: render + sign, 1 thread',
    ms,
    mem.stop(),
    `  ${(bytes / N / 1024).toFixed(0)} KB each`,
  );
}

async function main(): Promise<void> {
  console.log(`certificates benchmark: ${N} certificates, one signed PDF each`);
  if (CASES.includes('zip')) await zipCase();
  if (CASES.includes('floor')) await floorCase();
}

void main();
