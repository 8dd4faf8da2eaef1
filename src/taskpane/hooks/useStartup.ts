/** When the pane opens: import the member files picked with the cluster workbook, else just check. */
import { useEffect, useRef } from "react";
import type { PickedFile } from "./useImport";

export function useStartup(pendingFiles: readonly PickedFile[], importFiles: (files: readonly PickedFile[]) => Promise<void>, analyse: () => Promise<void>): void {
  // A ref, not deps: the start-up work must run once even if React mounts effects twice.
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    void (pendingFiles.length > 0 ? importFiles(pendingFiles) : analyse());
  });
}
