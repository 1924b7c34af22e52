// Which page of a list to show: the one asked for, kept within the pages there are (a page past the
// end, after items were decided or removed, shows the last one instead of an empty list).

export interface PageWindow {
  page: number;
  pageCount: number;
  offset: number;
}

export function pageWindow(total: number, pageSize: number, asked: number | undefined): PageWindow {
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(Math.max(1, Math.trunc(asked ?? 1) || 1), pageCount);
  return { page, pageCount, offset: (page - 1) * pageSize };
}
