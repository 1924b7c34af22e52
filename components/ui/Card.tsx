// A white surface with a hairline border: the unit every page is built from.
import type { ComponentProps } from "react";
import { cn } from "./cn";

// A Table placed directly in a Card drops its own frame and runs edge to edge; whatever follows
// it (a CardBody with pagination) gets a rule above.
const tableInCard =
  "[&>[role=region]]:rounded-none [&>[role=region]]:border-0 [&>[role=region]:last-child]:rounded-b-lg " +
  "[&>[role=region]+*]:border-t [&>[role=region]+*]:border-stone-200";

export function Card({ className, ...props }: ComponentProps<"section">) {
  return <section className={cn("rounded-lg border border-stone-200 bg-white shadow-xs", tableInCard, className)} {...props} />;
}

export function CardHeader({ className, ...props }: ComponentProps<"div">) {
  return (
    <div
      className={cn("flex flex-wrap items-center justify-between gap-x-4 gap-y-2 border-b border-stone-200 px-4 py-3 sm:px-5", className)}
      {...props}
    />
  );
}

/** A card's heading; h2 by default because cards sit right under the page's h1. */
export function CardTitle({ as: Heading = "h2", className, ...props }: ComponentProps<"h2"> & { as?: "h2" | "h3" | "h4" }) {
  return <Heading className={cn("text-base font-semibold text-stone-900", className)} {...props} />;
}

export function CardBody({ className, ...props }: ComponentProps<"div">) {
  return <div className={cn("px-4 py-4 sm:px-5", className)} {...props} />;
}
