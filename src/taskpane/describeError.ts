/** Host failures as a MessageBar the clerk can act on. The hosts' own messages already say
 * what to do (OfficeHostError, XlsxInputError); the pane adds a title. */
import type { PaneError } from "./state/reducer";

const OFFICE_TITLES: Readonly<Record<string, string>> = {
  busy: "Excel đang bận",
  tooLarge: "Dữ liệu quá lớn để ghi một lần",
  unsupported: "Phiên bản Excel này chưa hỗ trợ",
};

/** Duck-typed by name so that neither host module is pulled into the initial bundle. */
export function describeError(error: unknown, context: string): PaneError {
  const name = error instanceof Error ? error.name : "";
  const message = error instanceof Error ? error.message : String(error);
  if (name === "XlsxInputError") return { title: "Không mở được tệp", message: vietnameseOnly(message) };
  if (name === "OfficeHostError") return { title: OFFICE_TITLES[kindOf(error)] ?? context, message: vietnameseOnly(message) };
  return {
    title: context,
    message: `Lỗi không mong đợi: ${message}. Hãy thử lại; nếu vẫn lỗi, hãy báo cho người hỗ trợ kèm nội dung này.`,
  };
}

function kindOf(error: unknown): string {
  const kind = (error as { kind?: unknown }).kind;
  return typeof kind === "string" ? kind : "";
}

/** The hosts write "Vietnamese. / English." for the command line and support; the pane shows the Vietnamese only. */
function vietnameseOnly(message: string): string {
  const cut = message.lastIndexOf(" / ");
  return cut > 0 ? message.slice(0, cut) : message;
}
