/** 文化程度: the choices of the 附件2 import template's drop-down, which the form and the import accept. */
export const EDUCATIONS = [
  '研究生',
  '大学本科',
  '大学专科',
  '中专',
  '技校',
  '高中',
  '职高',
  '初中',
  '小学',
] as const;
export type Education = (typeof EDUCATIONS)[number];

export const EDUCATION_MESSAGE = `文化程度应为以下之一：${EDUCATIONS.join('、')}`;

export const isEducation = (value: string): value is Education =>
  (EDUCATIONS as readonly string[]).includes(value);
