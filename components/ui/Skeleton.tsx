// A grey placeholder block for content still loading. Decorative: the loading region that holds
// it says "loading" in words. The pulse stops for people who ask for reduced motion.
import { cn } from "./cn";

export function Skeleton({ className }: { className?: string }) {
  return <div aria-hidden="true" className={cn("rounded-md bg-stone-200 motion-safe:animate-pulse", className)} />;
}
