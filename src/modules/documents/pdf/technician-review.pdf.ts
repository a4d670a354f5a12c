import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { pageFooter } from './pdf-parts';
import { photoContent, PHOTO_HEIGHT, PHOTO_WIDTH } from './ticket-photo';

/** One line of 主要专业技术业绩与成果 (附件4). */
export interface ReviewAchievementView {
  period: string;
  project: string;
  effect: string;
  /** 主持 / 参加 / 独立承担 */
  role: string;
}

/**
 * What the 技师级别考核表 (附件4) prints: the candidate's facts from the registration and the
 * review the unit and the department filled in. Dates are already worded (2025年7月).
 */
export interface TechnicianReviewView {
  /** e.g. 2025 */
  examYear: number;
  targetOccupation: string;
  name: string;
  gender: string;
  birthMonth: string;
  education: string;
  workStart: string;
  currentOccupation: string;
  yearsInOccupation: string;
  seniorCertDate: string;
  /** A baseline JPEG as stored for tickets, or null for the box to glue one in. */
  photo: Buffer | null;
  resume: string;
  awards: string;
  achievements: ReviewAchievementView[];
  teaching: string;
  workSummary: string;
  /** 合格 / 不合格, or empty while not decided */
  unitResult: string;
  departmentOpinion: string;
}

export const TECHNICIAN_REVIEW_TITLE = '大连市机关事业单位工勤技能人员技师级别考核表';

/** The label column: the form's labels are narrow, with the characters stacked tightly. */
const LABEL_WIDTH = 62;
const A4_CONTENT_WIDTH = 595.28 - 2 * 45;

const label = (text: string, extra: Partial<Record<string, unknown>> = {}): TableCell => ({
  text,
  alignment: 'center',
  bold: true,
  ...extra,
});

/** A free-text cell spanning the rest of the row, with a minimum height for writing by hand. */
function textRow(title: string, body: string, minLines: number): TableCell[] {
  const lines = Math.max(0, minLines - body.split('\n').length);
  return [
    label(title, { margin: [0, 6, 0, 6] }),
    { text: body + '\n'.repeat(lines), colSpan: 6, lineHeight: 1.3 },
    '',
    '',
    '',
    '',
    '',
  ];
}

function achievementRows(items: ReviewAchievementView[]): TableCell[][] {
  const rows = items.length > 0 ? items : [{ period: '', project: '', effect: '', role: '' }];
  const span = rows.length + 2;
  return [
    [
      label('主要专业技术业绩与成果', { rowSpan: span, margin: [0, 8, 0, 0] }),
      label('起止时间'),
      label('项目名称与主要内容', { colSpan: 2 }),
      '',
      label('效果、效益', { colSpan: 2 }),
      '',
      label('本人起何作用'),
    ],
    ...rows.map((a) => [
      '',
      { text: a.period || '\n\n' },
      { text: a.project, colSpan: 2 },
      '',
      { text: a.effect, colSpan: 2 },
      '',
      { text: a.role, alignment: 'center' as const },
    ]),
    [
      '',
      { text: '注：分主持、参加、独立承担', colSpan: 6, fontSize: 8, color: '#444444' },
      '',
      '',
      '',
      '',
      '',
    ],
  ];
}

function signatureCell(head: string, body: string, year: number, span: number): TableCell {
  return {
    colSpan: span,
    stack: [
      { text: head, bold: true },
      { text: body || '\n', margin: [0, 4, 0, 4], lineHeight: 1.3 },
      { text: '（印章）', alignment: 'right', margin: [0, 10, 24, 2] },
      { text: `${year}年\u3000\u3000月\u3000\u3000日`, alignment: 'right', margin: [0, 0, 12, 0] },
    ],
  };
}

/** One copy of the form: the title, 申报工种 and the bordered grid of 附件4. */
function formContent(view: TechnicianReviewView): Content[] {
  const valueWidth = (A4_CONTENT_WIDTH - 3 * LABEL_WIDTH - PHOTO_WIDTH - 14 * 4) / 3;
  const widths = [
    LABEL_WIDTH,
    valueWidth,
    LABEL_WIDTH,
    valueWidth,
    LABEL_WIDTH,
    valueWidth,
    PHOTO_WIDTH,
  ];
  const photoCell: TableCell = {
    ...photoContent(view.photo, view.name),
    rowSpan: 3,
    alignment: 'center',
  };
  return [
    { text: TECHNICIAN_REVIEW_TITLE, style: 'title' },
    { text: `申报工种：${view.targetOccupation}`, margin: [0, 6, 0, 4] },
    {
      table: {
        widths,
        heights: (row: number) => (row < 3 ? PHOTO_HEIGHT / 3 : 'auto'),
        body: [
          [
            label('姓名'),
            view.name,
            label('性别'),
            view.gender,
            label('出生年月'),
            view.birthMonth,
            photoCell,
          ],
          [
            label('文化程度'),
            view.education,
            label('参加工作时间'),
            view.workStart,
            label('现岗职业'),
            view.currentOccupation,
            '',
          ],
          [
            label('从事本职业年限'),
            view.yearsInOccupation,
            label('取得高级工资格时间'),
            { text: view.seniorCertDate, colSpan: 3 },
            '',
            '',
            '',
          ],
          textRow('主要学历和工作简历', view.resume, 4),
          textRow('何时获何种奖励', view.awards, 3),
          ...achievementRows(view.achievements),
          textRow('传授技艺情况', view.teaching, 4),
          textRow(
            '技术工作总结（包括政治思想、职工职业道德、业务能力、工作成绩及履行职责情况等）',
            view.workSummary,
            8,
          ),
        ],
      },
      style: 'form',
    },
    {
      // The same columns in a table of its own, kept whole: a long summary pushes the two
      // signature blocks to the next page together instead of splitting them.
      unbreakable: true,
      stack: [
        {
          table: {
            widths,
            body: [
              [
                signatureCell(
                  `单位考核结果：${view.unitResult ? `（${view.unitResult}）` : '（合格或不合格）'}`,
                  '',
                  view.examYear,
                  4,
                ),
                '',
                '',
                '',
                signatureCell('主管部门意见', view.departmentOpinion, view.examYear, 3),
                '',
                '',
              ],
            ],
          },
          style: 'form',
        },
        {
          text: '注：1. 本表由申报人员所在单位按要求认真填写，作为综合评审的主要依据，技术工作总结可另附页。\n2. 本表一式三份，市人力资源社会保障局、主管部门、本单位各留存一份。',
          style: 'note',
        },
      ],
    },
  ];
}

/**
 * 附件4 as a pdfmake definition (A4 portrait), `copies` times over (the notice asks for 一式三份),
 * each copy starting on a new page. Long text flows onto further pages (技术工作总结可另附页).
 */
export function buildTechnicianReviewDoc(
  view: TechnicianReviewView,
  copies = 1,
): TDocumentDefinitions {
  const content: Content[] = [];
  for (let i = 0; i < copies; i++) {
    content.push(
      i === 0
        ? { text: '附件4', fontSize: 10 }
        : { text: '附件4', fontSize: 10, pageBreak: 'before' },
      ...formContent(view),
    );
  }
  return {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: [45, 40, 45, 40],
    info: { title: `${TECHNICIAN_REVIEW_TITLE}（${view.name}）` },
    content,
    footer: pageFooter,
    defaultStyle: { fontSize: 10 },
    styles: {
      title: { fontSize: 16, bold: true, alignment: 'center', margin: [0, 4, 0, 4] },
      form: { fontSize: 10 },
      note: { fontSize: 8, margin: [0, 6, 0, 0], lineHeight: 1.3 },
    },
  };
}
