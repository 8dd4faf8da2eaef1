/**
 * The ExcelApi requirement sets the host calls, checked up front so the pane can
 * say which Excel versions work. Versions are from the @remarks of @types/office-js.
 */

export interface RequirementSet {
  readonly name: "ExcelApi";
  readonly version: string;
  /** Required: the host cannot work without it. Optional: the listed output is skipped. */
  readonly required: boolean;
  /** Vietnamese: what needs it (or what is skipped without it). */
  readonly purpose: string;
}

/** getUsedRangeOrNullObject, names.add and NamedItem.delete are ExcelApi 1.4; merge, column widths and row heights 1.2; the rest 1.1. */
export const REQUIRED_SET: RequirementSet = {
  name: "ExcelApi",
  version: "1.4",
  required: true,
  purpose: "đọc vùng dữ liệu của các trang tính và đánh dấu trang tính kết quả",
};

/** Conditional formats (data bars). */
export const DATA_BAR_SET: RequirementSet = {
  name: "ExcelApi",
  version: "1.6",
  required: false,
  purpose: "thanh dữ liệu (data bar) trên cột tổng điểm",
};

/** Freeze panes, internal hyperlinks and the chart's category axis (Series.setXAxisValues). */
export const VIEW_SET: RequirementSet = {
  name: "ExcelApi",
  version: "1.7",
  required: false,
  purpose: "cố định dòng tiêu đề, liên kết tới ô và biểu đồ",
};

/** PageLayout: paper size, orientation, fit to width, margins, print area, print titles. */
export const PAGE_LAYOUT_SET: RequirementSet = {
  name: "ExcelApi",
  version: "1.9",
  required: false,
  purpose: "thiết lập trang in (khổ A4, hướng giấy, lề, vùng in)",
};

export const ALL_SETS: readonly RequirementSet[] = [REQUIRED_SET, DATA_BAR_SET, VIEW_SET, PAGE_LAYOUT_SET];

export type IsSetSupported = (name: string, version: string) => boolean;

/** The sets this Excel lacks, required ones first; empty when everything is available. */
export function checkSupport(isSetSupported: IsSetSupported): readonly RequirementSet[] {
  return ALL_SETS.filter((set) => !isSetSupported(set.name, set.version));
}

/** One Vietnamese sentence per missing set, for the pane. */
export function describeMissing(set: RequirementSet): string {
  return set.required
    ? `Phiên bản Excel này chưa hỗ trợ ${set.name} ${set.version}, cần để ${set.purpose}. Hãy dùng Excel 2019 trở lên, Microsoft 365 hoặc Excel trên web.`
    : `Phiên bản Excel này chưa hỗ trợ ${set.name} ${set.version}: kết quả vẫn được ghi nhưng bỏ qua ${set.purpose}.`;
}
