// The leadership dashboards (/tong-quan/…): only people who may read dashboards get here; every
// page checks again, since a layout and its page render independently. The views share the frame
// in (xem)/layout.tsx (heading, view tabs, period picker); the print page (in/) has its own.
import { requireUser } from "@/lib/server/session";

export default async function DashboardLayout({ children }: { children: React.ReactNode }) {
  await requireUser("read:dashboard");
  return children;
}
