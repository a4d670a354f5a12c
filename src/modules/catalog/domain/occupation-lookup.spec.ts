import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalizeName } from '../../../common/text/normalize';
import { CatalogOccupation, lookupOccupation } from './occupation-lookup';
import { NoticeReference, occupationsOfNotice } from './reference-data';

const notice = JSON.parse(
  readFileSync(join(__dirname, '../../../../seed/notice-2025.json'), 'utf8'),
) as NoticeReference;
const seeds = occupationsOfNotice(notice);
const names = new Map(notice.paperCategories.map((c) => [c.code, c.name]));
const index = new Map<string, CatalogOccupation>(
  seeds.map((o) => [
    o.normalizedName,
    {
      name: o.name,
      technicianClass: o.technicianClass,
      paperCategory: names.get(o.paperCategoryCode)!,
    },
  ]),
);
const lookup = (q: string) => lookupOccupation(q, index, '综合');

describe('occupationsOfNotice (附件1 × 附件3, 2025)', () => {
  it('lists 附件1: 113 一类, 20 二类, 32 三类 plus the five 医疗临床辅助服务员 sub-types', () => {
    const byClass = (c: string) => seeds.filter((s) => s.technicianClass === c).length;
    expect([byClass('一类'), byClass('二类'), byClass('三类')]).toEqual([113, 20, 37]);
  });

  it('adds the 附件3 names that 附件1 lacks, without a technician class', () => {
    for (const n of [
      '驾驶员',
      '汽车维修工',
      '打字员',
      '电工',
      '厨师',
      '会计人员',
      '计算机操作(维修)员',
    ]) {
      expect(seeds.find((s) => s.normalizedName === normalizeName(n))?.technicianClass).toBeNull();
    }
  });
});

describe('lookupOccupation', () => {
  it.each([
    ['维修电工', '电工', true, '一类'],
    ['汽车驾驶员', '汽车驾驶员', true, '一类'],
    ['驾驶员', '汽车驾驶员', false, null],
    ['汽车维修工', '汽车修理工', false, null],
    ['出纳员', '收银员', true, '一类'],
    ['收银员', '收银员', true, '三类'],
    ['会计人员', '收银员', false, null],
    ['中式面点师', '中式烹调师', true, '一类'],
    ['厨师', '中式烹调师', false, null],
    ['电器安装工', '电工', true, '一类'],
    ['计算机操作员', '计算机操作员', true, '三类'],
    ['计算机维修员', '综合', true, '一类'],
    ['船舶驾驶员', '综合', true, '一类'],
    ['兽医', '综合', true, '二类'],
    ['病案员', '综合', true, '三类'],
    ['医疗临床辅助服务员', '综合', true, '三类'],
    ['档案管理员', '综合', true, '三类'],
  ])('%s → %s, eligible %s, %s', (name, category, eligible, cls) => {
    expect(lookup(name)).toEqual({
      name,
      paperCategory: category,
      technicianEligible: eligible,
      technicianClass: cls,
    });
  });

  it('matches full-width and half-width forms and trims surrounding space', () => {
    expect(lookup('计算机操作(维修)员').paperCategory).toBe('计算机操作员');
    expect(lookup('计算机操作（维修）员').paperCategory).toBe('计算机操作员');
    expect(lookup('　维修电工 ').name).toBe('维修电工');
  });

  it('never matches by substring', () => {
    expect(lookup('电工助理').paperCategory).toBe('综合');
    expect(lookup('驾驶').paperCategory).toBe('综合');
    expect(lookup('高级维修电工')).toMatchObject({
      paperCategory: '综合',
      technicianEligible: false,
    });
  });

  it('answers an unknown occupation as 综合 without a technician level', () => {
    expect(lookup('保安员')).toEqual({
      name: '保安员',
      paperCategory: '综合',
      technicianEligible: false,
      technicianClass: null,
    });
  });
});
