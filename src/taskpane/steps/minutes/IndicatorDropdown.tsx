import { Dropdown, Field, makeStyles, Option } from "@fluentui/react-components";
import type { Indicator } from "../../../engine";

const useStyles = makeStyles({ full: { width: "100%", minWidth: 0 } });

export interface IndicatorDropdownProps {
  readonly value: string;
  readonly indicators: readonly Indicator[];
  readonly onChange: (code: string) => void;
}

const label = (i: Indicator): string => `${i.code}. ${i.name}`;

export function IndicatorDropdown({ value, indicators, onChange }: IndicatorDropdownProps) {
  const styles = useStyles();
  const selected = indicators.find((i) => i.code === value);
  return (
    <Field label="Chỉ tiêu chủ yếu (mục I)" hint="Biên bản nêu kết quả của từng đơn vị theo chỉ tiêu này.">
      <Dropdown
        className={styles.full}
        value={selected ? label(selected) : ""}
        placeholder="Chỉ tiêu đầu tiên của nhóm đầu tiên"
        selectedOptions={selected ? [selected.code] : []}
        onOptionSelect={(_, data) => onChange(data.optionValue ?? "")}
      >
        {indicators.map((i) => (
          <Option key={i.code} value={i.code} text={label(i)}>
            {label(i)}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
