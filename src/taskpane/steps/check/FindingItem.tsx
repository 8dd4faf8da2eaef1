import { Caption1, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { ErrorCircle16Filled, Warning16Filled } from "@fluentui/react-icons";
import { type Finding, findingMessage } from "../../../engine";
import { findingPlace } from "./findingPlace";

const useStyles = makeStyles({
  item: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    alignItems: "flex-start",
    width: "100%",
    textAlign: "left",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
    border: "none",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: "transparent",
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  clickable: {
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  icon: { flexShrink: 0, marginTop: "2px" },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  text: { display: "flex", flexDirection: "column", minWidth: 0, overflowWrap: "anywhere" },
  place: { color: tokens.colorNeutralForeground3 },
});

export interface FindingItemProps {
  readonly finding: Finding;
  readonly onSelect: (finding: Finding) => void;
}

export function FindingItem({ finding, onSelect }: FindingItemProps) {
  const styles = useStyles();
  const isError = finding.severity === "error";
  const Icon = isError ? ErrorCircle16Filled : Warning16Filled;
  const place = findingPlace(finding.where);
  const canGo = finding.where.sheet !== null;
  return (
    <button
      type="button"
      className={mergeClasses(styles.item, canGo && styles.clickable)}
      onClick={() => onSelect(finding)}
      disabled={!canGo}
    >
      <Icon
        role="img"
        aria-label={isError ? "Lỗi" : "Cảnh báo"}
        className={mergeClasses(styles.icon, isError ? styles.error : styles.warning)}
      />
      <span className={styles.text}>
        <span>{findingMessage(finding)}</span>
        {place && <Caption1 className={styles.place}>{place}</Caption1>}
      </span>
    </button>
  );
}
