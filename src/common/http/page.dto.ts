import type { Type } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';

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
    @ApiProperty({ description: '每页条数（最多 100）' }) pageSize: number;
  }
  return PageResponse;
}
