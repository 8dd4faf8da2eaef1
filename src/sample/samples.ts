/** The bundled samples `thi-dua demo --sample <name>` can write (docs/dong-lenh.md): Gia Lai 2024 is the default. */
import { GIA_LAI_2024 } from "./gialai2024";
import { tienGiangFiles } from "./tiengiang2024";
import { sampleFiles, type SampleFile } from "./sampleFiles";

export interface BundledSample {
  readonly name: string;
  /** How the demo names it to the user. */
  readonly title: string;
  readonly year: number;
  readonly files: () => SampleFile[];
}

export const SAMPLES: readonly BundledSample[] = [
  { name: "gialai2024", title: "Cụm thi đua số 2 tỉnh Gia Lai, năm 2024", year: 2024, files: () => sampleFiles(GIA_LAI_2024) },
  {
    name: "tiengiang2024",
    title: "Khối thi đua phòng Tài nguyên và Môi trường tỉnh Tiền Giang, năm 2024: bảng điểm theo mức, điểm trừ có trần, chỉ tiêu không giao, điểm thẩm định",
    year: 2024,
    files: tienGiangFiles,
  },
];

export const DEFAULT_SAMPLE = "gialai2024";

export function sampleNamed(name: string): BundledSample | undefined {
  return SAMPLES.find((s) => s.name === name);
}
