import { DomainError } from '../../../common/errors/domain-error';

export const signingKeySupplied = (purpose: string) =>
  new DomainError(
    'conflict',
    'SIGNING_KEY_SUPPLIED',
    `签章密钥（${purpose}）由配置文件提供，不能在此轮换：请更换密钥文件后重启服务`,
  );
