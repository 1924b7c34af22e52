// A plain data table; its cells' looks are the .td/.th-* classes of app/globals.css. On a narrow screen it scrolls sideways inside its own region, which is
// focusable and named so keyboard users can scroll it too (axe: scrollable-region-focusable).
import type { ComponentProps } from "react";
import { messages } from "@/lib/i18n/messages";
import { cn } from "./cn";

export type TableProps = ComponentProps<"table"> & {
  /** Names the scrolling region for screen readers; defaults to a generic "data table". */
  label?: string;
  /** Below this width the table scrolls instead of squeezing its columns; "0" to turn off. */
  minWidth?: string;
  /** On a phone (below Tailwind's sm), a smaller minimum: for tables that hide their secondary columns there. */
  phoneMinWidth?: string;
  wrapperClassName?: string;
};

export function Table({ label, minWidth = "40rem", phoneMinWidth, wrapperClassName, className, style, ...props }: TableProps) {
  // Both widths through custom properties, so the breakpoint (a class) decides which applies.
  const widths = phoneMinWidth === undefined ? { minWidth } : ({ "--table-min": minWidth, "--table-min-phone": phoneMinWidth } as React.CSSProperties);
  return (
    <div
      role="region"
      aria-label={label ?? messages.table.region}
      tabIndex={0}
      className={cn("overflow-x-auto rounded-lg border border-stone-200 bg-white", wrapperClassName)}
    >
      <table
        className={cn("w-full border-collapse text-left text-sm", phoneMinWidth !== undefined && "table-phone", className)}
        style={{ ...widths, ...style }}
        {...props}
      />
    </div>
  );
}

export function THead({ className, ...props }: ComponentProps<"thead">) {
  return <thead className={cn("border-b border-stone-200 bg-stone-50", className)} {...props} />;
}

export function TBody({ className, ...props }: ComponentProps<"tbody">) {
  return <tbody className={cn("divide-y divide-stone-200", className)} {...props} />;
}

export function Tr({ className, ...props }: ComponentProps<"tr">) {
  return <tr className={cn("align-top", className)} {...props} />;
}

/** A header cell: a column header unless `scope` says otherwise (scope="row" for row headers). */
export function Th({ scope = "col", className, ...props }: ComponentProps<"th">) {
  return (
    <th scope={scope} className={cn(scope === "col" ? "th-col" : "th-row", className)} {...props} />
  );
}

/** A data cell; `numeric` aligns a figure to the right with even digits. */
export function Td({ numeric, className, ...props }: ComponentProps<"td"> & { numeric?: boolean }) {
  return <td className={cn("td", numeric && "td-num", className)} {...props} />;
}
