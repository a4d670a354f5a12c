import { ValidationPipe } from '@nestjs/common';
import { DomainError } from '../errors/domain-error';
import { toValidationDetails } from './validation-messages';

/** The one global pipe: unknown fields are refused, each failing field is named. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: false,
    exceptionFactory: (errors) =>
      new DomainError(
        'validation',
        'VALIDATION_FAILED',
        '请求参数校验失败',
        toValidationDetails(errors),
      ),
  });
}
