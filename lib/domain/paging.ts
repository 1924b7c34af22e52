// Which page of a list to show: the one asked for, kept within the pages there are (a page past the
// end, after items were decided or removed, shows the last one instead of an empty list).

export interface PageWindow {
  page: number;
  pageCount: number;
  offset: number;
}

/** One page of a list, with how many items there are in all. */
export interface Paged<T> {
  rows: T[];
  total: number;
  page: number;
  pageCount: number;
}

/** The page number asked for as a whole number from 1: none, zero, a negative or NaN is the first. */
export function askedPage(asked: number | undefined): number {
  return Math.max(1, Math.trunc(asked ?? 1) || 1);
}

export function pageWindow(total: number, pageSize: number, asked: number | undefined): PageWindow {
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(askedPage(asked), pageCount);
  return { page, pageCount, offset: (page - 1) * pageSize };
}
