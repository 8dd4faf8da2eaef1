/**
 * A cluster of any size up to 20, made by script from the Gia Lai sample: the same pledge and information, members
 * named after real districts, each member's figures those of a sample member scaled by a factor of its own, so the
 * ranking has spread, ties are unlikely and a few members miss a mandatory indicator. For checking how the
 * printed ranking looks and fits for a large cluster; not data anyone reported.
 */
import { GIA_LAI_2024 } from "./gialai2024";
import type { ReportValue, SampleCluster, SampleMember, Typed } from "./sampleModel";

const NAMES = [
  "thành phố Pleiku", "thị xã An Khê", "thị xã Ayun Pa", "huyện Kbang", "huyện Đak Đoa",
  "huyện Chư Păh", "huyện Ia Grai", "huyện Mang Yang", "huyện Kông Chro", "huyện Đức Cơ",
  "huyện Chư Prông", "huyện Chư Sê", "huyện Đak Pơ", "huyện Ia Pa", "huyện Krông Pa",
  "huyện Phú Thiện", "huyện Chư Pưh", "huyện Đak Glei", "huyện Kon Plông", "huyện Sa Thầy",
] as const;

export const LARGE_SAMPLE_MAX: number = NAMES.length;

function slug(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/gi, "d")
    .toLowerCase()
    .replace(/^(huyện|huyen|thị xã|thi xa|thành phố|thanh pho) /, "")
    .replace(/[^a-z0-9]+/g, "-");
}

/** 0.98 … 1.09 by member, fixed so every run makes the same files. */
function factorOf(index: number): number {
  return 0.98 + ((index * 7) % 12) / 100;
}

function scaled(value: Typed | undefined, factor: number): Typed | undefined {
  return typeof value === "number" ? Math.round(value * factor * 1000) / 1000 : value;
}

function memberAt(index: number): SampleMember {
  const base = GIA_LAI_2024.members[index % GIA_LAI_2024.members.length]!;
  const factor = factorOf(index);
  const values: Record<string, ReportValue> = {};
  for (const [code, v] of Object.entries(base.values)) {
    // Counts of events (bonus and penalty lines) stay whole; achieved figures move with the member's factor.
    values[code] = code === "27" || code === "28" ? v : { ...v, actual: scaled(v.actual, factor) ?? null };
  }
  const name = NAMES[index]!;
  return { name, file: `${slug(name)}.xlsx`, authority: `UBND ${name.toLocaleUpperCase("vi")}`, values };
}

/** The Gia Lai cluster with `count` members (1–20). */
export function largeSample(count: number = LARGE_SAMPLE_MAX): SampleCluster {
  const members = Array.from({ length: Math.max(1, Math.min(count, LARGE_SAMPLE_MAX)) }, (_, i) => memberAt(i));
  const names = members.map((m) => m.name);
  const info = GIA_LAI_2024.info.map(([label, value]): readonly [string, string | number | Date] =>
    label === "Thứ tự luân phiên" ? [label, names.join("; ")] : [label, value],
  );
  return { ...GIA_LAI_2024, file: `cum-thi-dua-${members.length}-don-vi-2024.xlsx`, info, members };
}
