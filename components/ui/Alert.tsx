// A message about the page or a form as a whole. Errors interrupt (role="alert"); everything
// else waits its turn (role="status"). Pass a ref and tabIndex={-1} to move focus onto it.
import type { ComponentProps, ReactNode } from "react";
import { cn } from "./cn";

export type AlertTone = "error" | "info" | "success" | "warning";

const tones: Record<AlertTone, { box: string; icon: string; path: string }> = {
  error: { box: "border-red-200 bg-red-50 text-red-900", icon: "text-red-700", path: "M10 6v5M10 14v.01" },
  warning: { box: "border-amber-200 bg-amber-50 text-amber-950", icon: "text-amber-700", path: "M10 6v5M10 14v.01" },
  success: { box: "border-green-200 bg-green-50 text-green-900", icon: "text-green-700", path: "M6.5 10.5l2.5 2.5 4.5-5.5" },
  info: { box: "border-blue-200 bg-blue-50 text-blue-950", icon: "text-blue-700", path: "M10 9v5M10 6v.01" },
};

export type AlertProps = Omit<ComponentProps<"div">, "title" | "role"> & {
  tone: AlertTone;
  title?: ReactNode;
  children?: ReactNode;
};

export function Alert({ tone, title, children, className, ...props }: AlertProps) {
  const t = tones[tone];
  return (
    <div
      role={tone === "error" ? "alert" : "status"}
      className={cn("flex gap-3 rounded-md border px-3.5 py-3 text-sm outline-offset-2", t.box, className)}
      {...props}
    >
      <svg viewBox="0 0 20 20" className={cn("mt-px size-5 shrink-0", t.icon)} fill="none" stroke="currentColor" strokeWidth="1.75" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true">
        <circle cx="10" cy="10" r="7.5" />
        <path d={t.path} />
      </svg>
      <div className="min-w-0 flex-1">
        {title ? <p className="font-semibold">{title}</p> : null}
        {children ? <div className={cn(title && "mt-0.5")}>{children}</div> : null}
      </div>
    </div>
  );
}
