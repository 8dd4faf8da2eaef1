/** Clusters of any size for the benchmark, every scoring method represented, deterministic. */
import type { PledgeLine, ReportValue, SampleCluster, SampleMember } from "../src/sample/sampleModel";

const METHODS = ["Tỷ lệ % KH", "Càng thấp càng tốt", "So với dẫn đầu", "Đạt/Không đạt", "Mức độ", "Chấm trực tiếp", "Tỷ lệ % KH", "Tỷ lệ % KH"] as const;
const GRADES = ["Hoàn thành xuất sắc", "Hoàn thành tốt", "Hoàn thành", "HTXS"] as const;
const GROUP_SIZE = 20;

/** A small linear congruential generator: the same figures on every run. */
function sequence(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

export function syntheticCluster(members: number, indicators: number): SampleCluster {
  const pledge: PledgeLine[] = [];
  const scored = indicators - 2;
  for (let i = 0; i < scored; i++) {
    if (i % GROUP_SIZE === 0) pledge.push({ code: roman(i / GROUP_SIZE + 1), name: `Nhóm nhiệm vụ ${i / GROUP_SIZE + 1}`, kind: "group" });
    pledge.push({ code: String(i + 1), name: `Chỉ tiêu số ${i + 1}`, kind: "indicator", unit: "đơn vị", points: 10, rule: METHODS[i % METHODS.length]! });
  }
  pledge.push({ code: roman(Math.ceil(scored / GROUP_SIZE) + 1), name: "Điểm thưởng / điểm trừ", kind: "group" });
  pledge.push({ code: String(scored + 1), name: "Khen thưởng cấp trên", kind: "indicator", unit: "lần", points: 5, rule: "Điểm thưởng", bonusCap: 15 });
  pledge.push({ code: String(scored + 2), name: "Bị phê bình, nhắc nhở", kind: "indicator", unit: "lần", points: 10, rule: "Điểm trừ" });
  const next = sequence(members * 1000 + indicators);
  const list: SampleMember[] = Array.from({ length: members }, (_, m) => {
    const values: Record<string, ReportValue> = {};
    pledge.forEach((line) => {
      if (line.kind !== "indicator") return;
      values[line.code] = valueFor(line.rule ?? "", next);
    });
    const name = `xã Thành viên ${m + 1}`;
    return { name, file: `thanh-vien-${m + 1}.xlsx`, authority: `UBND ${name.toUpperCase()}`, values };
  });
  return {
    file: "cum.xlsx",
    clusterName: "Cụm thi đua thử nghiệm",
    clusterTitle: "Cụm thi đua thử nghiệm",
    year: 2024,
    info: [["Tên cụm", "Cụm thi đua thử nghiệm"], ["Năm", 2024]],
    pledgeSheet: "Giao ước thi đua 2024",
    pledge,
    members: list,
  };
}

function valueFor(rule: string, next: () => number): ReportValue {
  const plan = Math.round(100 + next() * 900);
  switch (rule) {
    case "Đạt/Không đạt":
      return { actual: next() < 0.9 ? "Đạt" : "Không đạt" };
    case "Mức độ":
      return { actual: GRADES[Math.floor(next() * GRADES.length)]! };
    case "Chấm trực tiếp":
      return { actual: Math.round(next() * 100) / 10 };
    case "Điểm thưởng":
    case "Điểm trừ":
      return { actual: Math.floor(next() * 3) };
    default:
      return { plan, actual: Math.round(plan * (0.9 + next() * 0.2) * 10) / 10, attainment: "auto" };
  }
}

function roman(n: number): string {
  const numerals: [number, string][] = [[10, "X"], [9, "IX"], [5, "V"], [4, "IV"], [1, "I"]];
  let rest = n;
  let text = "";
  for (const [value, symbol] of numerals) {
    while (rest >= value) {
      text += symbol;
      rest -= value;
    }
  }
  return text;
}
