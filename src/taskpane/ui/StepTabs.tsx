import { makeStyles, Tab, TabList } from "@fluentui/react-components";
import type { StepId } from "../state/reducer";
import { preloadStep } from "./lazySteps";

const STEPS: readonly { readonly id: StepId; readonly label: string }[] = [
  { id: "check", label: "Kiểm tra" },
  { id: "import", label: "Tổng hợp" },
  { id: "rank", label: "Xếp hạng" },
  { id: "minutes", label: "Biên bản" },
];

const useStyles = makeStyles({
  // At 320 px the four tabs do not fit on one line: two rows of two, never "4. Biên bản" alone on the second.
  root: {
    flexWrap: "wrap",
    "@media (max-width: 400px)": { display: "grid", gridTemplateColumns: "repeat(2, minmax(0, 1fr))" },
  },
});

export interface StepTabsProps {
  readonly step: StepId;
  readonly onSelect: (step: StepId) => void;
}

export function StepTabs({ step, onSelect }: StepTabsProps) {
  const styles = useStyles();
  return (
    <TabList
      className={styles.root}
      size="small"
      selectedValue={step}
      onTabSelect={(_, data) => onSelect(data.value as StepId)}
      aria-label="Các bước"
    >
      {STEPS.map((s, i) => (
        <Tab key={s.id} value={s.id} onPointerEnter={() => preloadStep(s.id)} onFocus={() => preloadStep(s.id)}>
          <span aria-hidden="true">{i + 1}. </span>
          {s.label}
        </Tab>
      ))}
    </TabList>
  );
}
