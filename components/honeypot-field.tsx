import { HONEYPOT_INPUT_PROPS } from "@/lib/antibot/honeypot";

/** The field people never see and scripts fill in; every public form carries it. */
export function HoneypotField() {
  return (
    <div className="trap" aria-hidden="true">
      <label>
        Leave this empty
        <input {...HONEYPOT_INPUT_PROPS} />
      </label>
    </div>
  );
}
