import { Combobox, Field, makeStyles, Option } from "@fluentui/react-components";

const useStyles = makeStyles({ full: { width: "100%", minWidth: 0 } });

export interface MemberComboboxProps {
  readonly label: string;
  readonly value: string;
  readonly members: readonly string[];
  readonly onChange: (value: string) => void;
}

/** A member name from the list, or any text: the conference may elect someone else. */
export function MemberCombobox({ label, value, members, onChange }: MemberComboboxProps) {
  const styles = useStyles();
  return (
    <Field label={label} hint="Chọn trong danh sách hoặc gõ tên khác.">
      <Combobox
        className={styles.full}
        freeform
        value={value}
        selectedOptions={members.includes(value) ? [value] : []}
        onChange={(event) => onChange(event.target.value)}
        onOptionSelect={(_, data) => onChange(data.optionText ?? "")}
      >
        {members.map((m) => (
          <Option key={m}>{m}</Option>
        ))}
      </Combobox>
    </Field>
  );
}
