import { Checkbox } from "@fluentui/react-components";

export interface NextPledgeCheckboxProps {
  readonly year: number | null;
  readonly checked: boolean;
  readonly onChange: (checked: boolean) => void;
}

/** Next year's pledge is written only when asked: the members sign it at the conference (minutes, section V). */
export function NextPledgeCheckbox({ year, checked, onChange }: NextPledgeCheckboxProps) {
  const label =
    year === null ? "Giao ước năm sau (cần biết năm đánh giá)" : `Giao ước năm sau: ghi thêm trang “Giao ước ${year + 1}” để ký kết`;
  return <Checkbox label={label} checked={checked && year !== null} disabled={year === null} onChange={(_, data) => onChange(data.checked === true)} />;
}
