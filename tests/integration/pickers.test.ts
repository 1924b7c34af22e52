// The directive picker of the editor (the parent it implements, the documents it cites): found ignoring
// diacritics among the directives the person may open, and a directive the query names by its own
// label ahead of the newer letters whose titles cite it.
import { beforeAll, describe, expect, it } from "vitest";
import { dateValue, db } from "@/lib/server/db";
import { directiveSearchText } from "@/lib/server/directive-editor";
import { searchLinkableDirectives } from "@/lib/server/pickers";
import type { SessionUser } from "@/lib/server/session-user";
import { useTestDatabase } from "./helpers/database";
import { org, user } from "./helpers/world";

useTestDatabase();

let office: SessionUser;

async function make(issuerId: number, issuerName: string, type: "CHI_THI" | "CONG_VAN", symbol: string, title: string, issuedOn: string) {
  await db().directive.create({
    data: { type, symbol, title, issuerId, status: "ISSUED", issuedOn: dateValue(issuedOn), year: Number(issuedOn.slice(0, 4)), searchText: directiveSearchText(type, symbol, title, issuerName) },
  });
}

beforeAll(async () => {
  const gov = await org("Thủ tướng Chính phủ", null, { kind: "COMMITTEE" });
  office = await user("OFFICE_STAFF", gov.id);
  await make(gov.id, "Thủ tướng Chính phủ", "CHI_THI", "12/CT-TTg", "Về tăng cường công tác bảo vệ bí mật nhà nước", "2019-04-24");
  await make(gov.id, "Thủ tướng Chính phủ", "CONG_VAN", "2761/BNV-TC", "Triển khai Chỉ thị số 12/CT-TTg", "2026-03-01");
  await make(gov.id, "Thủ tướng Chính phủ", "CONG_VAN", "2800/BNV-TC", "Đôn đốc thực hiện Chỉ thị số 12/CT-TTg", "2026-05-01");
});

describe("the directive picker", () => {
  it("puts the directive the query names by its label before the newer letters that cite it", async () => {
    expect((await searchLinkableDirectives(office, "chi thi 12")).map((d) => d.symbol)).toEqual(["12/CT-TTg", "2800/BNV-TC", "2761/BNV-TC"]);
  });

  it("keeps the newest first among the others, and finds nothing for words no directive has", async () => {
    expect((await searchLinkableDirectives(office, "cong van")).map((d) => d.symbol)).toEqual(["2800/BNV-TC", "2761/BNV-TC"]);
    expect(await searchLinkableDirectives(office, "khong co van ban nao")).toEqual([]);
  });
});
