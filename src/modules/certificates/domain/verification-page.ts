import type { Verification } from './verification';

const escapeHtml = (s: string): string =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

export interface PageInput {
  /** What the form shows again. */
  number: string;
  name: string;
  /** The answer, or null for the empty form. */
  result: Verification | null;
  /** A scanned QR code: whether its SM2 signature checked out, and why not. */
  qr?: { ok: boolean; message: string } | null;
  /** A refusal to show instead of a result (too many queries, malformed input). */
  error?: string | null;
}

/** The Content-Security-Policy of the page: no script, nothing loaded, forms to itself. */
export const PAGE_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

const COLORS = {
  valid: '#1a7f37',
  revoked: '#cf222e',
  replaced: '#9a6700',
  'not-found': '#57606a',
};

/**
 * The public verification page (证书查询): a form (证书编号 + 姓名) and the answer, plain HTML
 * with no script, readable on a phone. Every value is escaped.
 */
export function verificationPage(input: PageInput): string {
  const r = input.result;
  const rows: [string, string | number | undefined][] = r
    ? [
        ['证书编号', r.number],
        ['姓名', r.name],
        ['身份证号', r.idNumber],
        ['考核年度', r.examYear],
        ['职业（工种）', r.occupation],
        ['等级', r.levelName],
        ['取得方式', r.routeName],
        ['发证日期', r.issueDate],
        ['吊销日期', r.revokedOn],
        ['替代它的新证书', r.replacedBy],
      ]
    : [];
  const table = rows
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `<tr><th>${escapeHtml(k)}</th><td>${escapeHtml(String(v))}</td></tr>`)
    .join('');
  const verdict = r
    ? `<p class="verdict" style="color:${COLORS[r.status]}">${escapeHtml(
        r.status === 'valid'
          ? '证书有效'
          : r.status === 'not-found'
            ? '未查到与该编号和姓名相符的证书'
            : r.status === 'revoked'
              ? '该证书已被吊销'
              : '该证书已补发新证书，原证书作废',
      )}</p>`
    : '';
  const qr = input.qr
    ? `<p class="qr" style="color:${input.qr.ok ? COLORS.valid : COLORS.revoked}">${escapeHtml(input.qr.message)}</p>`
    : '';
  const error = input.error ? `<p class="error">${escapeHtml(input.error)}</p>` : '';
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>合格证明查询 — 大连市机关事业单位工勤技能人员技术等级晋升考核</title>
<style>
body{font-family:"Noto Sans SC","PingFang SC","Microsoft YaHei",sans-serif;margin:0;background:#f6f8fa;color:#1f2328}
main{max-width:560px;margin:0 auto;padding:24px 16px}
h1{font-size:20px;margin:0 0 4px}p.sub{color:#57606a;margin:0 0 20px;font-size:14px}
form{background:#fff;border:1px solid #d0d7de;border-radius:8px;padding:16px;display:grid;gap:10px}
label{font-size:14px}input{width:100%;box-sizing:border-box;padding:8px;font-size:16px;border:1px solid #d0d7de;border-radius:6px}
button{padding:10px;font-size:16px;background:#0969da;color:#fff;border:0;border-radius:6px}
.verdict{font-size:18px;font-weight:bold;margin:20px 0 8px}.qr{font-size:14px}.error{color:#cf222e}
table{width:100%;border-collapse:collapse;background:#fff;border:1px solid #d0d7de}
th,td{text-align:left;padding:8px;border-top:1px solid #d0d7de;font-size:14px}th{width:8em;color:#57606a;font-weight:normal}
footer{margin-top:24px;color:#57606a;font-size:12px}
</style></head><body><main>
<h1>合格证明查询</h1>
<p class="sub">大连市机关事业单位工勤技能人员技术等级晋升考核</p>
<form method="get" action="page">
<label>证书编号<input name="number" maxlength="40" required value="${escapeHtml(input.number)}" placeholder="如 DL2025-3-00017"></label>
<label>持证人姓名<input name="name" maxlength="30" required value="${escapeHtml(input.name)}"></label>
<button type="submit">查询</button>
</form>
${error}${qr}${verdict}${table ? `<table>${table}</table>` : ''}
<footer>查询结果仅显示部分信息。证书电子版带有数字签名，可用 PDF 阅读器查看签名是否有效；二维码内容以 SM2 签名，公钥见 /api/v1/public/certificates/keys。</footer>
</main></body></html>`;
}
