/** Shared filter controls: factuality checkboxes and date bounds, all labelled. */
import { FACTUALITIES } from "../quad";

export function FactualityPicker({
  value,
  onChange,
}: {
  value: string[];
  onChange: (value: string[]) => void;
}) {
  return (
    <fieldset class="factuality-picker">
      <legend>Factuality</legend>
      {FACTUALITIES.map((f) => (
        <label key={f}>
          <input
            type="checkbox"
            checked={value.includes(f)}
            onChange={(e) => {
              const on = (e.currentTarget as HTMLInputElement).checked;
              const next = on ? [...value, f] : value.filter((v) => v !== f);
              onChange(next.length ? next : ["asserted"]);
            }}
          />{" "}
          {f}
        </label>
      ))}
    </fieldset>
  );
}

export function DateInput({
  label,
  value,
  onChange,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <label class="field">
      {label}
      <input
        type="text"
        inputMode="numeric"
        placeholder="YYYY or YYYY-MM"
        pattern="\d{4}(-\d{2}(-\d{2})?)?"
        size={10}
        value={value}
        onChange={(e) => onChange((e.currentTarget as HTMLInputElement).value.trim())}
      />
    </label>
  );
}

export function factualityParam(value: string[]): string {
  return value.join(",");
}

export function parseFactuality(raw: string | null): string[] {
  return raw ? raw.split(",").filter((f) => (FACTUALITIES as readonly string[]).includes(f)) : ["asserted"];
}
