import { applyDecorators } from '@nestjs/common';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsUUID,
  ValidateNested,
} from 'class-validator';

/** Items one bulk decision takes at most: a meeting's list, and one `IN (…)` chunk. */
export const MAX_BULK_ITEMS = 500;

/** A record's id inside a bulk item: a UUID, matched in lower case as a path's `:id` is. */
export const ItemId = () =>
  applyDecorators(
    Transform(({ value }: { value: unknown }) =>
      typeof value === 'string' ? value.toLowerCase() : value,
    ),
    IsUUID(),
  );

/** The `items` of a bulk request: 1 to MAX_BULK_ITEMS objects, each id at most once. */
export const BulkItems = (type: () => new () => { id: string }) =>
  applyDecorators(
    IsArray(),
    ArrayMinSize(1, { context: { message: '至少选择一项' } }),
    ArrayMaxSize(MAX_BULK_ITEMS, { context: { message: `一次最多 ${MAX_BULK_ITEMS} 项` } }),
    ArrayUnique((item: { id?: unknown } | null) => item?.id, {
      context: { message: '同一编号不能重复出现' },
    }),
    ValidateNested({ each: true }),
    Type(type),
  );
