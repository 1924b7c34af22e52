// The organisation forest of the national-size dataset: provinces, districts, communes and cells,
// named from the syllable lists in ./names.ts.
import { FIRST_SYLLABLES, PROVINCES, SECOND_SYLLABLES } from "./names";
import { between, clamp, pad2, pick, type Rng } from "./random";

export interface Org {
  id: number;
  code: string;
  name: string;
  abbreviation: string;
  kind: "COMMITTEE" | "CELL";
  level: 1 | 2 | 3 | 4;
  parent: Org | null;
  children: Org[];
  urban: boolean;
  diligence: number;
  members: number;
  /** Districts, grassroots committees and cells below (for the assignment budget). */
  below: { districts: number; grassroots: number; cells: number };
}

export const LEVEL_NAMES = ["tỉnh, thành ủy", "huyện, quận, thị ủy", "đảng ủy xã, phường", "chi bộ"] as const;

function placeNamer(rng: Rng) {
  return (used: Set<string>): string => {
    for (let attempt = 0; ; attempt++) {
      const first = pick(rng, FIRST_SYLLABLES);
      const second = pick(rng, SECOND_SYLLABLES);
      if (first === second) continue;
      const name = attempt < 60 ? `${first} ${second}` : `${first} ${second} ${attempt}`;
      if (!used.has(name)) {
        used.add(name);
        return name;
      }
    }
  };
}

/** Provinces, then districts, grassroots committees and cells, sized so that the total is about `target`. */
export function planForest(rng: Rng, target: number): Org[] {
  const provinceCount = target >= PROVINCES.length * 40 ? PROVINCES.length : Math.max(3, Math.round(target / 40));
  // Per province: 1 + d + d·g + d·g·c organisations, with d = 12t, g = 20t, c = 2.25 (t = 1 nationally).
  const perProvince = target / provinceCount;
  const t = (-12 + Math.sqrt(144 + 4 * 780 * Math.max(0, perProvince - 1))) / (2 * 780);
  const districtsMean = 12 * t;
  const grassrootsMean = 20 * t;
  const fan = (mean: number) => Math.max(1, Math.round(mean * (0.7 + 0.6 * rng())));
  const name = placeNamer(rng);
  const provinces: Org[] = [];
  const make = (o: Omit<Org, "children" | "below" | "id">): Org => ({ ...o, id: 0, children: [], below: { districts: 0, grassroots: 0, cells: 0 } });

  for (let p = 0; p < provinceCount; p++) {
    const info = PROVINCES[p];
    const pp = pad2(p + 1);
    const province = make({
      code: `TU-${pp}`,
      name: `${info.city ? "Thành ủy" : "Tỉnh ủy"} ${info.name}`,
      abbreviation: info.city ? "ThU" : "TU",
      kind: "COMMITTEE",
      level: 1,
      parent: null,
      urban: info.city,
      diligence: 0.2 + 0.7 * rng(),
      members: between(rng, 40_000, 300_000),
    });
    provinces.push(province);
    const districtNames = new Set<string>();
    const districts = fan(districtsMean);
    for (let d = 0; d < districts; d++) {
      const dd = pad2(d + 1);
      const place = name(districtNames);
      const kindOfDistrict = info.city ? (d < Math.round(districts * 0.7) ? "Quận ủy" : "Huyện ủy") : d === 0 && rng() < 0.6 ? "Thị ủy" : "Huyện ủy";
      const district = make({
        code: `HU-${pp}-${dd}`,
        name: `${kindOfDistrict} ${place}`,
        abbreviation: "HU",
        kind: "COMMITTEE",
        level: 2,
        parent: province,
        urban: kindOfDistrict !== "Huyện ủy",
        diligence: clamp(province.diligence + (rng() - 0.5) * 0.3, 0.02, 0.98),
        members: between(rng, 2_000, 15_000),
      });
      province.children.push(district);
      const communeNames = new Set<string>();
      const communes = fan(grassrootsMean);
      for (let g = 0; g < communes; g++) {
        const gg = pad2(g + 1);
        const commune = make({
          code: `DU-${pp}-${dd}-${gg}`,
          name: `Đảng ủy ${district.urban ? "phường" : "xã"} ${name(communeNames)}`,
          abbreviation: "ĐU",
          kind: "COMMITTEE",
          level: 3,
          parent: district,
          urban: district.urban,
          diligence: clamp(district.diligence + (rng() - 0.5) * 0.3, 0.02, 0.98),
          members: between(rng, 60, 400),
        });
        district.children.push(commune);
        const cellNames = new Set<string>();
        const cells = 2 + (rng() < 0.25 ? 1 : 0);
        for (let c = 0; c < cells; c++) {
          commune.children.push(
            make({
              code: `CB-${pp}-${dd}-${gg}-${c + 1}`,
              name: `Chi bộ ${commune.urban ? "khu phố" : "thôn"} ${name(cellNames)}`,
              abbreviation: "CB",
              kind: "CELL",
              level: 4,
              parent: commune,
              urban: commune.urban,
              diligence: clamp(commune.diligence + (rng() - 0.5) * 0.2, 0.02, 0.98),
              members: between(rng, 8, 60),
            }),
          );
        }
        district.below.grassroots += 1;
        district.below.cells += cells;
      }
      province.below.districts += 1;
      province.below.grassroots += district.below.grassroots;
      province.below.cells += district.below.cells;
    }
  }
  return provinces;
}

export function levels(provinces: Org[]): Org[][] {
  const out: Org[][] = [provinces, [], [], []];
  for (const p of provinces)
    for (const d of p.children) {
      out[1].push(d);
      for (const g of d.children) {
        out[2].push(g);
        for (const c of g.children) out[3].push(c);
      }
    }
  return out;
}

// ───────────────────────────── directives and tasks ─────────────────────────────
