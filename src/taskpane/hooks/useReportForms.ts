/** "Tạo mẫu báo cáo": the members' report forms, made from the workbook's pledge (docs/dong-lenh.md, template). */
import { useCallback, useState } from "react";
import type { WorkbookHost } from "../../hosts/host";
import { describeError } from "../describeError";
import { downloadBytes, XLSX_MIME } from "../download";
import { useServices } from "../services";
import type { Analysis, PaneError } from "../state/reducer";

export interface MadeForm {
  readonly member: string;
  readonly fileName: string;
  readonly bytes: Uint8Array;
}

export type ReportFormsState =
  | { readonly status: "idle" }
  | { readonly status: "busy" }
  /** `zip`: the name of the zip already downloaded (standalone), or null (inside Excel: one download a form). */
  | { readonly status: "ready"; readonly forms: readonly MadeForm[]; readonly zip: string | null }
  | { readonly status: "failed"; readonly error: PaneError };

const ZIP_MIME = "application/zip";

const REASONS = {
  "no-pledge": { title: "Chưa có bảng giao ước", message: "Sổ này chưa có bảng giao ước đọc được (cần các cột STT, Chỉ tiêu, Điểm chuẩn), nên chưa tạo được mẫu báo cáo." },
  "no-members": {
    title: "Chưa biết các đơn vị thành viên",
    message: "Hãy ghi “Thứ tự luân phiên” (tên các đơn vị, cách nhau bởi dấu ;) trong trang tính Thông tin, rồi tạo lại.",
  },
} as const;

/** "mau-bao-cao-2024.zip" */
export function formsZipName(year: number | null): string {
  return year === null ? "mau-bao-cao.zip" : `mau-bao-cao-${year}.zip`;
}

export function useReportForms(host: WorkbookHost, mode: "office" | "file", analysis: Analysis | null) {
  const services = useServices();
  const [state, setState] = useState<ReportFormsState>({ status: "idle" });

  const make = useCallback(async (): Promise<void> => {
    setState({ status: "busy" });
    try {
      const snapshot = await host.readSnapshot();
      const data = analysis?.data ?? (await services.readCluster([snapshot]));
      // The rotation list names the members; a workbook without one still knows the members it has imported.
      const members = data.info.rotation.length > 0 ? data.info.rotation : data.reports.map((r) => r.member);
      const made = await services.reportForms(data, [snapshot], members);
      if (!made.ok) {
        setState({ status: "failed", error: REASONS[made.reason] });
        return;
      }
      const forms: MadeForm[] = [];
      for (const f of made.forms) forms.push({ member: f.member, fileName: f.fileName, bytes: await services.formWorkbook(f.sheets) });
      if (mode === "file") {
        const { zipSync } = await import(/* webpackChunkName: "fflate" */ "fflate");
        const zip = formsZipName(data.info.year);
        downloadBytes(zipSync(Object.fromEntries(forms.map((f) => [f.fileName, f.bytes]))), zip, ZIP_MIME);
        setState({ status: "ready", forms, zip });
      } else setState({ status: "ready", forms, zip: null });
    } catch (error) {
      setState({ status: "failed", error: describeError(error, "Không tạo được mẫu báo cáo") });
    }
  }, [host, mode, analysis, services]);

  const download = useCallback((form: MadeForm): void => downloadBytes(form.bytes, form.fileName, XLSX_MIME), []);

  return { state, make, download, dismiss: () => setState({ status: "idle" }) };
}
