// The frame of a paged list (administration, a directive's units): how many rows match, the table
// of this page (or the empty state), and the pages. The table's columns are the page's own.
import type { ReactNode } from "react";
import { EmptyState } from "@/components/ui/EmptyState";
import { Pagination } from "@/components/ui/Pagination";
import { Table, TBody, THead, Tr } from "@/components/ui/Table";

export interface PagedListProps {
  /** "N tài khoản", "N sự kiện"…, already formatted. */
  countText: string;
  label: string;
  empty: string;
  page: number;
  pageCount: number;
  hrefForPage: (page: number) => string;
  /** The header cells, and the body rows of this page (none: the empty state). */
  head: ReactNode;
  rows: ReactNode[];
  minWidth?: string;
}

export function PagedList({ countText, label, empty, page, pageCount, hrefForPage, head, rows, minWidth }: PagedListProps) {
  return (
    <>
      <p role="status" className="mb-2 text-sm text-stone-700">
        {countText}
      </p>
      {rows.length ? (
        <Table label={label} minWidth={minWidth}>
          <THead>
            <Tr>{head}</Tr>
          </THead>
          <TBody>{rows}</TBody>
        </Table>
      ) : (
        <EmptyState title={empty} />
      )}
      <Pagination page={page} pageCount={pageCount} hrefForPage={hrefForPage} className="mt-4" />
    </>
  );
}
