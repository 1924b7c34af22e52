import { notFound, redirect } from "next/navigation";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/server/session";

export default async function AdminHome() {
  const user = await requireUser();
  if (can(user.role, "manage:organization")) redirect("/quan-tri/to-chuc");
  if (can(user.role, "manage:user")) redirect("/quan-tri/nguoi-dung");
  if (can(user.role, "read:audit")) redirect("/quan-tri/nhat-ky");
  notFound();
}
