import ui from '../../styles/ui.module.css'

const localZone = Intl.DateTimeFormat().resolvedOptions().timeZone
const allZones: string[] = (() => {
  try {
    return Intl.supportedValuesOf('timeZone')
  } catch {
    return [localZone]
  }
})()

/**
 * Times in an export: UTC, this computer's zone, or any named zone. Empty string means UTC
 * (listed once, at the top).
 */
export function TimeZoneSelect(props: { id: string; value: string; onChange(zone: string): void }) {
  return (
    <div className={ui.field}>
      <label htmlFor={props.id}>Times in the file</label>
      <select id={props.id} value={props.value} onChange={(e) => props.onChange(e.target.value)}>
        <option value={localZone}>This computer’s time zone ({localZone})</option>
        <option value="">UTC</option>
        <optgroup label="Other time zones">
          {allZones
            .filter((zone) => zone !== localZone && zone !== 'UTC')
            .map((zone) => (
              <option key={zone} value={zone}>
                {zone.replace(/_/g, ' ')}
              </option>
            ))}
        </optgroup>
      </select>
    </div>
  )
}

export const defaultExportZone = localZone
