// Names sort in Vietnamese order (migration 20261206100000_vietnamese_order), not by their bytes:
// "Đ…" between "D…" and "E…", not after "V…"; "Tạp chí" before "Trường".
import { beforeAll, describe, expect, it } from "vitest";
import { getOrganization } from "@/lib/server/organizations";
import { db } from "@/lib/server/db";
import type { SessionUser } from "@/lib/server/session-user";
import { useTestDatabase } from "./helpers/database";
import { org, user } from "./helpers/world";

useTestDatabase();

let root: number;
let viewer: SessionUser;

beforeAll(async () => {
  root = (await org("Bộ Z", null)).id;
  for (const name of ["Vụ Tổ chức", "Đảng ủy Bộ", "Trường Đại học Nội vụ", "Tạp chí Tổ chức nhà nước", "Ban Thi đua", "Ăn uống", "Dân vận", "Ủy ban"]) await org(name, root);
  viewer = await user("LEADERSHIP", root);
});

describe("names in Vietnamese order", () => {
  it("orders an organisation's units as a Vietnamese reader looks for them", async () => {
    const o = await getOrganization(viewer, root);
    expect(o!.children.map((c) => c.name)).toEqual([
      "Ăn uống",
      "Ban Thi đua",
      "Dân vận",
      "Đảng ủy Bộ",
      "Tạp chí Tổ chức nhà nước",
      "Trường Đại học Nội vụ",
      "Ủy ban",
      "Vụ Tổ chức",
    ]);
  });

  it("orders people's names the same way, and still finds a name by equality", async () => {
    for (const name of ["Vũ Văn An", "Đỗ Thị Bình", "Đặng Quốc Cường", "Trần Hà"]) {
      await db().user.create({ data: { username: `x${name.length}${name.charCodeAt(0)}`, name, role: "UNIT_HEAD", organizationId: root, passwordHash: "x" } });
    }
    const rows = await db().user.findMany({ where: { organizationId: root, role: "UNIT_HEAD" }, orderBy: { name: "asc" }, select: { name: true } });
    expect(rows.map((r) => r.name)).toEqual(["Đặng Quốc Cường", "Đỗ Thị Bình", "Trần Hà", "Vũ Văn An"]);
    expect(await db().user.count({ where: { name: "Đỗ Thị Bình" } })).toBe(1);
  });
});
