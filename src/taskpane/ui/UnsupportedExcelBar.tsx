import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { MissingSupport } from "../boot";
import { excelVersionsFor } from "./excelVersions";

/** Shown at start when Excel lacks API sets the add-in uses: an error when it cannot work at all,
 * a warning when only some formatting of the output sheets will be skipped. */
export function UnsupportedExcelBar({ missing }: { readonly missing: readonly MissingSupport[] }) {
  const required = missing.some((m) => m.required);
  return (
    <MessageBar intent={required ? "error" : "warning"} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{required ? "Phiên bản Excel này quá cũ" : "Một phần định dạng sẽ bị bỏ qua"}</MessageBarTitle>
        {missing.map((m) => m.message).join(" ")} Để dùng đầy đủ: {excelVersionsFor(missing.map((m) => m.set))}.
      </MessageBarBody>
    </MessageBar>
  );
}
