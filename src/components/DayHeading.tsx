import { memo } from 'react'
import { useConventions } from '../hooks/useDisplaySettings'
import { formatDayHeading } from '../lib/dates'

interface Props {
  /** YYYY-MM-DD */
  readonly day: string
  /** Articles listed for that day. */
  readonly count: number
  /** For «اليوم» / «أمس»; to the minute, so an unchanged heading need not render again. */
  readonly now: number
}

/** One day's heading in the timeline: «اليوم — الاثنين، 2 مارس 2026» and how many articles. */
function DayHeadingView({ day, count, now }: Props) {
  const conventions = useConventions()
  return (
    <div className="day" data-testid="day-group" data-day={day}>
      <div className="day__heading">
        <h2 className="day__label" data-testid="day-heading">
          {formatDayHeading(day, now, conventions.timeZone, conventions)}
        </h2>
        <span className="day__count" data-testid="day-count" title="عدد المقالات">
          {count}
        </span>
      </div>
    </div>
  )
}

export const DayHeading = memo(DayHeadingView)
