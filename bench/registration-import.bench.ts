import { readSummarySheet } from '../src/modules/documents/excel/summary-sheet-reader';
import { writeSummaryWorkbook } from '../src/modules/documents/excel/summary-workbook';
import { summaryRows } from '../test/factories/summary.factory';
import { ADMIN_PASSWORD, benchApp, time } from './bench-app';

const ROWS = Number(process.env.BENCH_ROWS ?? 10_000);

async function api(url: string, path: string, init: RequestInit & { token?: string } = {}) {
  const res = await fetch(`${url}/api/v1${path}`, {
    ...init,
    headers: {
      ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
      ...(init.headers ?? {}),
    },
  });
  const body = (await res.json()) as Record<string, unknown>;
  if (!res.ok) throw new Error(`${path}: ${res.status} ${JSON.stringify(body).slice(0, 500)}`);
  return body;
}

const json = (body: unknown) => ({
  method: 'POST',
  body: JSON.stringify(body),
  headers: { 'content-type': 'application/json' },
});

async function main(): Promise<void> {
  const { app, url } = await benchApp();
  const admin = (
    await api(url, '/auth/login', json({ username: 'admin', password: ADMIN_PASSWORD }))
  ).accessToken as string;
  const dept = await api(url, '/departments', {
    ...json({ name: '基准测试局', kind: 'city-department' }),
    token: admin,
  });
  const unit = await api(url, '/units', {
    ...json({ departmentId: dept.id, name: '基准测试单位' }),
    token: admin,
  });
  const created = {
    username: 'bench-unit',
    displayName: '基准',
    role: 'unit',
    unitId: unit.id,
    password: 'Initial#Bench2025',
  };
  await api(url, '/accounts', { ...json(created), token: admin });
  const first = (
    await api(url, '/auth/login', json({ username: 'bench-unit', password: 'Initial#Bench2025' }))
  ).accessToken as string;
  const token = (
    await api(url, '/auth/password', {
      ...json({ currentPassword: 'Initial#Bench2025', newPassword: 'Bench#Unit20250' }),
      token: first,
    })
  ).accessToken as string;

  console.log(`附件2 import benchmark: ${ROWS} rows`);
  const file = await time(`write ${ROWS}-row 附件2 (streaming writer)`, () =>
    writeSummaryWorkbook(summaryRows(ROWS), { title: '申报汇总表', departmentName: '基准测试局' }),
  );
  console.log(`  file size ${(file.length / 1024).toFixed(0)} KB`);
  await time('read + guard (inspectXlsx, exceljs load)', () => readSummarySheet(file));
  const upload = (dryRun: boolean) => {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(file)]), 'bench.xlsx');
    return api(url, `/registrations/import${dryRun ? '?dryRun=true' : ''}`, {
      method: 'POST',
      body: form,
      token,
    });
  };
  const preview = await time('POST import?dryRun=true (validate all rows)', () => upload(true));
  const done = await time('POST import (validate + commit, one transaction)', () => upload(false));
  console.log(
    `  preview valid=${String(preview.valid)} errors=${(preview.errors as unknown[]).length}; created=${String(done.created)}`,
  );
  await app.close();
}

void main();
