/** Host failures as a MessageBar the clerk can act on. The hosts' own messages already say
 * what to do (HostFailure in hosts/host.ts); the pane adds a title. */
import { hostFailure, type OfficeFailureKind } from "../hosts/host";
import type { PaneError } from "./state/reducer";

const OFFICE_TITLES: Readonly<Record<OfficeFailureKind, string | null>> = {
  busy: "Excel đang bận",
  tooLarge: "Dữ liệu quá lớn để ghi một lần",
  unsupported: "Phiên bản Excel này chưa hỗ trợ",
  other: null,
};

/** By the failure's `host` field, so that neither host module is pulled into the initial bundle. */
export function describeError(error: unknown, context: string): PaneError {
  const failure = hostFailure(error);
  switch (failure?.host) {
    case "xlsx":
      return { title: "Không mở được tệp", message: failure.message };
    case "office":
      return { title: OFFICE_TITLES[failure.kind] ?? context, message: failure.message };
    case undefined: {
      const message = error instanceof Error ? error.message : String(error);
      return {
        title: context,
        message: `Lỗi không mong đợi: ${message}. Hãy thử lại; nếu vẫn lỗi, hãy báo cho người hỗ trợ kèm nội dung này.`,
      };
    }
  }
}
