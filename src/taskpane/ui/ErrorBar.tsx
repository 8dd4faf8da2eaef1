import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import type { PaneError } from "../state/reducer";

export interface ErrorBarProps {
  readonly error: PaneError;
  readonly onDismiss: () => void;
}

export function ErrorBar({ error, onDismiss }: ErrorBarProps) {
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{error.title}</MessageBarTitle>
        {error.message}
      </MessageBarBody>
      <MessageBarActions
        containerAction={<Button appearance="transparent" aria-label="Đóng thông báo" icon={<DismissRegular />} onClick={onDismiss} />}
      />
    </MessageBar>
  );
}
