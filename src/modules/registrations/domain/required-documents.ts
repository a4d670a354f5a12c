import type { Level } from '../../exam-sessions/domain/session-rules';
import { LEVEL_NAMES } from '../../exam-sessions/domain/session-rules';
import type { Mode, Route } from '../../eligibility/domain/eligibility.types';
import { DOC_TYPE_NAMES, type DocType } from './document-types';
import { ROUTE_NAMES } from './route-names';

/** What of a registration decides which papers it needs. */
export interface DocumentFacts {
  currentLevel: Level | null;
  route: Route;
  mode: Mode;
  /** For 免考复核认定: whether a veteran's commitment stands in for the query result. */
  militaryCommitment: boolean | null;
}

export interface RequiredDocument {
  docType: DocType;
  /** Chinese label of the paper */
  name: string;
  /** The clause of the notice that asks for it */
  clause: string;
  /** Why this registration needs it, in Chinese */
  reason: string;
}

type Requirement = (f: DocumentFacts) => RequiredDocument[];

const need = (docType: DocType, clause: string, reason: string): RequiredDocument => ({
  docType,
  name: DOC_TYPE_NAMES[docType],
  clause,
  reason,
});

/** 三(二)2(2): whoever holds a level shows the original certificate or 合格证明 (PDF). */
const previousCertificate: Requirement = (f) =>
  f.currentLevel
    ? [need('certificate', '三(二)2(2)', `持有${LEVEL_NAMES[f.currentLevel]}等级`)]
    : [];

/** 三(二)2(3) with 二(三), 二(五)–(七): new and transferred staff show the papers of the move. */
const TRANSFER_ROUTES: Partial<Record<Route, string>> = {
  'general-to-skilled': '二(三)',
  'management-transfer': '二(五)',
  'professional-transfer': '二(六)',
  'public-recruitment': '二(七)',
};
const transferPapers: Requirement = (f) => {
  const clause = TRANSFER_ROUTES[f.route];
  return clause
    ? [need('transfer', `三(二)2(3)、${clause}`, `申报途径为“${ROUTE_NAMES[f.route]}”`)]
    : [];
};

/** 三(二)2(3) with 二(四): a veteran placed in the unit shows 入伍通知书 and the placement papers. */
const veteranPapers: Requirement = (f) =>
  f.route === 'veteran'
    ? [need('veteran', '三(二)2(3)、二(四)', `申报途径为“${ROUTE_NAMES.veteran}”`)]
    : [];

/**
 * 二(九): 免考复核认定 rests on the national certificate, confirmed on the national query system,
 * or, for a military certificate the system cannot show, on the veteran's signed commitment.
 */
const exemptReviewPapers: Requirement = (f) => {
  if (f.mode !== 'exempt-review') return [];
  const reason = '申请免考复核认定';
  return [
    need('national-certificate', '二(九)', reason),
    f.militaryCommitment
      ? need('commitment', '二(九)', '部队所取得证书无法在全国联网查询系统查询')
      : need('national-verification', '二(九)', reason),
  ];
};

const REQUIREMENTS: readonly Requirement[] = [
  previousCertificate,
  transferPapers,
  veteranPapers,
  exemptReviewPapers,
];

/** Every paper the notice asks of this registration, in the order of the notice. */
export function requiredDocuments(f: DocumentFacts): RequiredDocument[] {
  return REQUIREMENTS.flatMap((r) => r(f));
}

export interface DocumentCheck extends RequiredDocument {
  present: boolean;
}

export interface DocumentChecklist {
  complete: boolean;
  items: DocumentCheck[];
  /** Chinese labels of what is missing */
  missing: string[];
}

/** Which required papers are uploaded and which are missing. */
export function documentChecklist(
  f: DocumentFacts,
  uploaded: ReadonlySet<string>,
): DocumentChecklist {
  const items = requiredDocuments(f).map((d) => ({ ...d, present: uploaded.has(d.docType) }));
  const missing = items.filter((i) => !i.present).map((i) => i.name);
  return { complete: missing.length === 0, items, missing };
}
