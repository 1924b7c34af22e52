// An on-time rate (or a coverage) as text, a bar and a named band: the colour repeats what the
// number and the band's word already say. Its classes are short (app/globals.css): a ranking shows hundreds.
import { Badge, type BadgeTone } from "@/components/ui/Badge";
import { cn } from "@/components/ui/cn";
import { formatRate } from "@/lib/format";
import { messages } from "@/lib/i18n/messages";

export type RateBand = "good" | "fair" | "poor" | "none";

/** Tốt from 90 %, cần cố gắng from 70 %, cần đôn đốc below; none when nothing is due or done. */
export function rateBand(rate: number | null): RateBand {
  if (rate === null) return "none";
  return rate >= 0.9 ? "good" : rate >= 0.7 ? "fair" : "poor";
}

const bandStyle: Record<RateBand, { fill: string; tone: BadgeTone }> = {
  good: { fill: "bg-green-700", tone: "green" },
  fair: { fill: "bg-amber-600", tone: "amber" },
  poor: { fill: "bg-red-700", tone: "red" },
  none: { fill: "bg-stone-400", tone: "gray" },
};

export function RateBar({
  rate,
  showBand = true,
  detail,
  empty = false,
  className,
}: {
  rate: number | null;
  showBand?: boolean;
  /** Under the bar, e.g. "75/90". */
  detail?: string;
  /** The unit has no work at all in the period: said so, not "not yet due". */
  empty?: boolean;
  className?: string;
}) {
  const band = rateBand(rate);
  const width = rate === null ? 0 : Math.max(0, Math.min(1, rate)) * 100;
  return (
    <div className={cn("rate", className)}>
      <span className="rate-num">{formatRate(rate)}</span>
      <span className="flex flex-col gap-0.5">
        <span aria-hidden="true" className="rate-track">
          <span className={`rate-fill ${bandStyle[band].fill}`} style={{ width: `${width}%` }} />
        </span>
        {detail ? <span className="text-xs tabular-nums text-stone-600">{detail}</span> : null}
      </span>
      {showBand ? (
        <Badge tone={bandStyle[band].tone} className="shrink-0">
          {empty ? messages.dashboard.unitsPage.noWork : messages.dashboard.unitsPage.bands[band]}
        </Badge>
      ) : null}
    </div>
  );
}
