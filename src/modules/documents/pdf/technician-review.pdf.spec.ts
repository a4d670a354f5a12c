import { writeFileSync } from 'node:fs';
import { jpegImage } from '../../../../test/factories/files.factory';
import { normalizePhoto } from '../images/photo-image';
import { renderPdf } from './pdf-renderer';
import { buildTechnicianReviewDoc, TechnicianReviewView } from './technician-review.pdf';

const VIEW: TechnicianReviewView = {
  examYear: 2025,
  targetOccupation: '汽车驾驶员',
  name: '张建国',
  gender: '男',
  birthMonth: '1975年3月',
  education: '高中',
  workStart: '1995年7月',
  currentOccupation: '汽车驾驶员',
  yearsInOccupation: '30 年',
  seniorCertDate: '2012年8月',
  photo: null,
  resume:
    '1992.09—1995.07 大连市交通技工学校 汽车驾驶专业\n1995.07 至今 大连市演示教育局车队 驾驶员',
  awards: '2018年 获市直机关“优秀驾驶员”称号',
  achievements: [
    {
      period: '2019.03—2020.12',
      project: '公务用车节油驾驶方法推广',
      effect: '车队百公里油耗下降 8%',
      role: '主持',
    },
    {
      period: '2021.05—2021.10',
      project: '车辆安全检查规程修订',
      effect: '全年无安全责任事故',
      role: '参加',
    },
  ],
  teaching: '带徒 3 名，均已取得中级工证书。',
  workSummary: '政治立场坚定，遵守职业道德。'.repeat(8),
  unitResult: '合格',
  departmentOpinion: '同意推荐参加技师综合评审。',
};

const texts = (doc: unknown): string => JSON.stringify(doc);

describe('buildTechnicianReviewDoc (附件4)', () => {
  it('prints the title, 申报工种, every field of the form and the two notes', () => {
    const json = texts(buildTechnicianReviewDoc(VIEW).content);
    for (const expected of [
      '大连市机关事业单位工勤技能人员技师级别考核表',
      '申报工种：汽车驾驶员',
      '主要学历和工作简历',
      '何时获何种奖励',
      '主要专业技术业绩与成果',
      '项目名称与主要内容',
      '效果、效益',
      '本人起何作用',
      '注：分主持、参加、独立承担',
      '传授技艺情况',
      '技术工作总结（包括政治思想、职工职业道德、业务能力、工作成绩及履行职责情况等）',
      '单位考核结果：（合格）',
      '主管部门意见',
      '同意推荐参加技师综合评审。',
      '2025年\u3000\u3000月\u3000\u3000日',
      '本表一式三份',
      '公务用车节油驾驶方法推广',
      '取得高级工资格时间',
    ]) {
      expect(json).toContain(expected);
    }
  });

  it('leaves the unit result to be written by hand while none is recorded', () => {
    expect(texts(buildTechnicianReviewDoc({ ...VIEW, unitResult: '' }).content)).toContain(
      '单位考核结果：（合格或不合格）',
    );
  });

  it('repeats the whole form per copy, each from a new page (一式三份)', () => {
    const doc = buildTechnicianReviewDoc(VIEW, 3);
    const content = doc.content as Array<{ text?: string; pageBreak?: string }>;
    const heads = content.filter((c) => c.text === '附件4');
    expect(heads).toHaveLength(3);
    expect(heads.map((h) => h.pageBreak ?? null)).toEqual([null, 'before', 'before']);
  });

  it('renders with the photo, and a long summary flows onto another page', async () => {
    const photo = normalizePhoto(jpegImage(300, 420)).bytes;
    const long = {
      ...VIEW,
      photo,
      workSummary: '本人在岗位上认真履行职责，积极完成各项任务。'.repeat(160),
    };
    const pdf = await renderPdf(buildTechnicianReviewDoc(long));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages.length).toBeGreaterThanOrEqual(2);
    if (process.env.WRITE_SAMPLE_PDF) {
      writeFileSync(
        process.env.WRITE_SAMPLE_PDF,
        await renderPdf(buildTechnicianReviewDoc({ ...VIEW, photo })),
      );
      writeFileSync(`${process.env.WRITE_SAMPLE_PDF}.long.pdf`, pdf);
    }
  });
});
