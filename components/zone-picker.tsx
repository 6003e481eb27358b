import { allTimeZones } from "@/lib/format/zones";

/** A plain GET form, so changing the zone works without JavaScript too. */
export function ZonePicker({ action, zone, id = "tz" }: { action: string; zone: string; id?: string }) {
  return (
    <form method="get" action={action} className="zone-picker">
      <label htmlFor={id}>Show times in</label>
      <select id={id} name="tz" defaultValue={zone}>
        {allTimeZones().map((option) => (
          <option key={option} value={option}>
            {option.replace(/_/g, " ")}
          </option>
        ))}
      </select>
      <button type="submit" className="button button--small">
        Show
      </button>
    </form>
  );
}
