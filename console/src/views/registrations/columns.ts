import type { ColumnChoice } from '@/composables/useColumns';

/** The registrations table's optional columns, shown by default unless `visible: false`. */
export const registrationColumns = (extra: ColumnChoice[] = []): ColumnChoice[] => [
  ...extra,
  { prop: 'gender', label: '性别' },
  { prop: 'idNumber', label: '身份证号' },
  { prop: 'route', label: '申报途径' },
  { prop: 'paperCategory', label: '试卷分类', visible: false },
  { prop: 'documents', label: '材料' },
  { prop: 'phone', label: '联系电话', visible: false },
  { prop: 'updatedAt', label: '更新时间', visible: false },
];

export const registrationFilters = {
  name: '',
  idNumber: '',
  status: '',
  targetLevel: '',
  targetOccupation: '',
};
