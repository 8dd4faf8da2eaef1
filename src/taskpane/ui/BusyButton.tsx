import { Button, Spinner, type ButtonProps } from "@fluentui/react-components";
import type { ReactNode } from "react";

export interface BusyButtonProps {
  readonly busy: boolean;
  readonly disabled: boolean;
  readonly onClick: () => void;
  readonly icon: ButtonProps["icon"];
  readonly appearance?: ButtonProps["appearance"];
  readonly children: ReactNode;
  /** Id of the text that says why the button is disabled. */
  readonly describedBy?: string;
}

/** A button that shows a spinner in place of its icon while its own task runs. */
export function BusyButton({ busy, disabled, onClick, icon, appearance, children, describedBy }: BusyButtonProps) {
  return (
    <Button
      appearance={appearance}
      disabled={disabled}
      onClick={onClick}
      icon={busy ? <Spinner size="tiny" aria-hidden="true" /> : icon}
      aria-busy={busy || undefined}
      aria-describedby={describedBy}
    >
      {children}
    </Button>
  );
}
