import { Field, Input } from "@fluentui/react-components";
import { parseYear } from "../../state/parseYear";

export interface YearFieldProps {
  readonly value: string;
  readonly onChange: (text: string) => void;
}

/** Shown when the workbook names no year: the year goes into the titles and the minutes. */
export function YearField({ value, onChange }: YearFieldProps) {
  const parsed = parseYear(value);
  return (
    <Field
      label="Năm đánh giá"
      hint="Sổ không ghi năm. Hãy nhập năm rồi bấm “Kiểm tra lại”."
      validationState={parsed.ok ? "none" : "error"}
      validationMessage={parsed.ok ? undefined : parsed.message}
    >
      <Input inputMode="numeric" value={value} placeholder="ví dụ 2024" onChange={(_, data) => onChange(data.value)} />
    </Field>
  );
}
