import { Badge, Button, Caption1, makeStyles, Title3, tokens } from "@fluentui/react-components";
import { ArrowDownload20Regular, FolderOpen20Regular } from "@fluentui/react-icons";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
  title: { marginRight: "auto" },
  file: { flexBasis: "100%", color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
});

export interface PaneHeaderProps {
  readonly mode: "office" | "file";
  readonly fileName: string | null;
  /** Standalone only: download the workbook with the tool's sheets. */
  readonly onSave: (() => void) | null;
  /** What the downloaded file will hold, said before the click. */
  readonly saveContents: string | null;
  /** Standalone only: open another workbook without reloading. */
  readonly onReopen: (() => void) | null;
  readonly disabled: boolean;
}

export function PaneHeader({ mode, fileName, onSave, saveContents, onReopen, disabled }: PaneHeaderProps) {
  const styles = useStyles();
  return (
    <header className={styles.root}>
      <Title3 as="h1" className={styles.title}>
        Thi đua
      </Title3>
      <Badge appearance="tint" color={mode === "office" ? "brand" : "informative"}>
        {mode === "office" ? "Excel" : "Tệp .xlsx (ngoài Excel)"}
      </Badge>
      {fileName && <Caption1 className={styles.file}>Sổ đang mở: {fileName}</Caption1>}
      {onSave && (
        <Button size="small" icon={<ArrowDownload20Regular />} onClick={onSave} disabled={disabled} aria-describedby="noi-dung-tep-tai-ve">
          Tải sổ kết quả (.xlsx)
        </Button>
      )}
      {onReopen && (
        <Button size="small" appearance="subtle" icon={<FolderOpen20Regular />} onClick={onReopen} disabled={disabled}>
          Mở sổ khác
        </Button>
      )}
      {onSave && saveContents && (
        <Caption1 id="noi-dung-tep-tai-ve" className={styles.file}>
          {saveContents}
        </Caption1>
      )}
    </header>
  );
}
