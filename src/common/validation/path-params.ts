import { Injectable, Param, PipeTransform } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { isDateOnly } from '../dates/date-only';
import { DomainError } from '../errors/domain-error';

@Injectable()
class UuidParamPipe implements PipeTransform<unknown, string> {
  constructor(private readonly name: string) {}

  transform(value: unknown): string {
    if (typeof value !== 'string' || !isUUID(value)) {
      throw new DomainError('validation', 'VALIDATION_FAILED', '请求参数校验失败', [
        { field: this.name, code: 'isUUID', message: `${this.name}：必须是有效的编号（UUID）` },
      ]);
    }
    return value.toLowerCase();
  }
}

/** A path parameter that must be a UUID ("undefined", "null", "1" answer 400). */
export const IdParam = (name = 'id') => Param(name, new UuidParamPipe(name));

@Injectable()
class YearParamPipe implements PipeTransform<unknown, number> {
  transform(value: unknown): number {
    // The global ValidationPipe may already have turned the text into a number.
    const text = typeof value === 'number' ? String(value) : value;
    const year = Number(text);
    if (typeof text !== 'string' || !/^\d{4}$/.test(text) || year < 2000 || year > 2100) {
      throw new DomainError('validation', 'VALIDATION_FAILED', '请求参数校验失败', [
        { field: 'year', code: 'isInt', message: 'year：必须是 2000 到 2100 之间的年份' },
      ]);
    }
    return year;
  }
}

/** A four-digit exam year in the path. */
export const YearParam = () => Param('year', new YearParamPipe());

@Injectable()
class DateParamPipe implements PipeTransform<unknown, string> {
  transform(value: unknown): string {
    if (!isDateOnly(value)) {
      throw new DomainError('validation', 'VALIDATION_FAILED', '请求参数校验失败', [
        {
          field: 'date',
          code: 'isDateOnly',
          message: 'date：必须是真实存在的日期，格式 YYYY-MM-DD',
        },
      ]);
    }
    return value;
  }
}

/** A calendar date `YYYY-MM-DD` in the path. */
export const DateParam = () => Param('date', new DateParamPipe());

@Injectable()
class IntParamPipe implements PipeTransform<unknown, number> {
  constructor(
    private readonly name: string,
    private readonly min: number,
    private readonly max: number,
  ) {}

  transform(value: unknown): number {
    const text = typeof value === 'number' ? String(value) : value;
    const n = Number(text);
    if (typeof text !== 'string' || !/^\d{1,9}$/.test(text) || n < this.min || n > this.max) {
      throw new DomainError('validation', 'VALIDATION_FAILED', '请求参数校验失败', [
        {
          field: this.name,
          code: 'isInt',
          message: `${this.name}：必须是 ${this.min} 到 ${this.max} 之间的整数`,
        },
      ]);
    }
    return n;
  }
}

/** A whole number in the path, within bounds (e.g. an exam room's 考场号). */
export const IntParam = (name: string, min: number, max: number) =>
  Param(name, new IntParamPipe(name, min, max));
