import type { CertificateView } from '../../src/modules/documents/pdf/certificate.pdf';

const QR = `https://ks.example.cn/api/v1/public/certificates/page?c=${'A'.repeat(360)}&s=${'B'.repeat(96)}`;

/** What one 合格证明 prints, valid by default (a 技师 by exam). */
export function makeCertificateView(overrides: Partial<CertificateView> = {}): CertificateView {
  return {
    examYear: 2025,
    number: 'DL2025-J-000123',
    name: '张建国',
    gender: '男',
    idNumber: '21020219800101123X',
    unitName: '大连市演示第一中学',
    departmentName: '大连市演示教育局',
    occupation: '汽车驾驶员',
    level: 'technician',
    route: 'exam',
    issueDate: '2025-10-15',
    issuer: '大连市人力资源和社会保障局',
    qrText: QR,
    verifyUrl: 'https://ks.example.cn/api/v1/public/certificates/page',
    reissueOf: null,
    ...overrides,
  };
}
