import type { Type } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type as TransformType } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

/** A page of `item`s as every list endpoint answers it, documented with the item's schema. */
export function PageOf<T>(item: Type<T>): Type<Page<T>> {
  class PageResponse implements Page<T> {
    @ApiProperty({ type: [item] }) items: T[];
    @ApiProperty({ description: '总数' }) total: number;
    @ApiProperty() page: number;
    @ApiProperty({ description: '每页条数' }) pageSize: number;
  }
  return PageResponse;
}

export interface PageQuery {
  page: number;
  pageSize: number;
}

/**
 * The paging query parameters of a list endpoint, both optional with defaults. Declared
 * explicitly for the OpenAPI document: the swagger plugin would mark a property with an
 * initializer but no `?` as required.
 */
export function PageQueryOf(defaultSize = 20, maxSize = 100): Type<PageQuery> {
  class PageQueryDto implements PageQuery {
    @ApiPropertyOptional({ type: Number, minimum: 1, default: 1, description: '页码，从 1 起' })
    @IsOptional()
    @TransformType(() => Number)
    @IsInt()
    @Min(1)
    page: number = 1;

    @ApiPropertyOptional({
      type: Number,
      minimum: 1,
      maximum: maxSize,
      default: defaultSize,
      description: `每页条数（最多 ${maxSize}）`,
    })
    @IsOptional()
    @TransformType(() => Number)
    @IsInt()
    @Min(1)
    @Max(maxSize)
    pageSize: number = defaultSize;
  }
  return PageQueryDto;
}

export class PageQueryDto extends PageQueryOf() {}

/** How many rows a page skips. */
export const skipOf = (q: PageQuery): number => (q.page - 1) * q.pageSize;

/** One page of a list already in memory (short lists: venues, sittings, files …). */
export function pageOf<T>(items: readonly T[], q: PageQuery): Page<T> {
  const start = skipOf(q);
  return {
    items: items.slice(start, start + q.pageSize),
    total: items.length,
    page: q.page,
    pageSize: q.pageSize,
  };
}
