/**
 * The kinds of supporting PDF a unit uploads with a registration (三(二)2(2)(3)), each named as
 * the notice names the papers.
 */
export const DOC_TYPES = [
  'certificate',
  'transfer',
  'veteran',
  'national-certificate',
  'national-verification',
  'commitment',
  'other',
] as const;
export type DocType = (typeof DOC_TYPES)[number];

export const DOC_TYPE_NAMES: Record<DocType, string> = {
  certificate: '原等级证书或合格证明',
  transfer: '新进或转聘手续（劳动合同、选聘人员报告（备案）表、工作调动表、转聘手续等）',
  veteran: '入伍通知书等退役士兵安置手续',
  'national-certificate': '国家职业资格证书或职业技能等级证书',
  'national-verification': '全国联网查询系统核查结果',
  commitment: '退役士兵证书真实性承诺书',
  other: '其他材料',
};

export const isDocType = (value: string | null): value is DocType =>
  (DOC_TYPES as readonly (string | null)[]).includes(value);
