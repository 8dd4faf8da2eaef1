import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";

export interface ReopenBarProps {
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}

/**
 * "Mở sổ khác" with work not downloaded: asked inside the pane, since Office add-ins may not use window.confirm
 * (office.js blocks the browser's own dialogs in a pane).
 */
export function ReopenBar({ onConfirm, onCancel }: ReopenBarProps) {
  return (
    <MessageBar intent="warning" layout="multiline" role="alertdialog" aria-label="Mở sổ khác?">
      <MessageBarBody>
        <MessageBarTitle>Mở sổ khác?</MessageBarTitle>
        Sổ đang mở có thay đổi chưa tải về. Bỏ các thay đổi đó và mở sổ khác?
      </MessageBarBody>
      <MessageBarActions>
        <Button appearance="primary" onClick={onConfirm}>
          Bỏ thay đổi, mở sổ khác
        </Button>
        <Button onClick={onCancel}>Ở lại</Button>
      </MessageBarActions>
    </MessageBar>
  );
}
