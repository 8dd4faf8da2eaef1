import { Button, type ButtonProps } from "@fluentui/react-components";
import { useRef } from "react";

export interface FilePickerProps {
  /** Button text, also its accessible name. */
  readonly label: string;
  /** Accessible name of the file input itself (end-to-end tests set files on it). */
  readonly inputLabel: string;
  readonly onFiles: (files: readonly File[]) => void;
  readonly disabled?: boolean;
  readonly appearance?: ButtonProps["appearance"];
  readonly icon?: ButtonProps["icon"];
}

/** A Fluent button in front of the browser's own multi-file input, which stays hidden. */
export function FilePicker({ label, inputLabel, onFiles, disabled, appearance, icon }: FilePickerProps) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <Button appearance={appearance} icon={icon} disabled={disabled} onClick={() => input.current?.click()}>
        {label}
      </Button>
      <input
        ref={input}
        type="file"
        multiple
        accept=".xlsx,.xlsm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel.sheet.macroEnabled.12"
        aria-label={inputLabel}
        hidden
        disabled={disabled}
        onChange={(event) => {
          const files = Array.from(event.currentTarget.files ?? []);
          // Cleared so that picking the same file again (after fixing it) fires again.
          event.currentTarget.value = "";
          if (files.length > 0) onFiles(files);
        }}
      />
    </>
  );
}
