import type { ReactNode } from "react";
import { FieldError } from "./field-error";

interface Props {
  name: string;
  legend: ReactNode;
  type: "checkbox" | "radio";
  choices: { value: string; label: ReactNode }[];
  /** The values ticked when the form appears. */
  checked: readonly string[];
  /** The group's problem, if any (`${name}-error`). */
  error?: string;
  inline?: boolean;
  required?: boolean;
}

/** A fieldset of checkboxes or radio buttons with its error message, as every form here lays them out. */
export function ChoiceGroup({ name, legend, type, choices, checked, error, inline, required }: Props) {
  return (
    <fieldset className="field" aria-describedby={`${name}-error`}>
      <legend>{legend}</legend>
      <div className={inline ? "choices choices--inline" : "choices"}>
        {choices.map((choice) => (
          <label key={choice.value} className="choice">
            <input type={type} name={name} value={choice.value} defaultChecked={checked.includes(choice.value)} required={required} />
            {choice.label}
          </label>
        ))}
      </div>
      <FieldError id={`${name}-error`} message={error} />
    </fieldset>
  );
}
