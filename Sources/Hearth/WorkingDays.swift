/// Working-day arithmetic: Monday to Friday, excluding bank holidays.
///
/// Statutory timescales are in working days: a child and family assessment within 45, an initial
/// child protection conference within 15 of the section 47 enquiry starting, an initial health
/// assessment referral within 5 of becoming looked after, a return interview within 3.
///
/// Counting convention: the start day is day 0, so something "within N working days" of `start`
/// happened on or before `start.adding(workingDays: N)`. This is how the CIN census validator's
/// 45- and 15-working-day queries count.
public struct WorkingDayCalendar: Sendable {
    private let holidays: Set<Int32>
    /// Weekday holidays in ascending order, for counting by binary search.
    private let weekdayHolidays: [Int32]
    public let coveredYears: ClosedRange<Int>

    public init(holidays: some Sequence<Day>, coveredYears: ClosedRange<Int>) {
        self.holidays = Set(holidays.map(\.ordinal))
        self.weekdayHolidays = self.holidays.filter { !Day(ordinal: $0).isWeekend }.sorted()
        self.coveredYears = coveredYears
    }

    /// England and Wales, 2010 to 2030.
    public static let englandAndWales: WorkingDayCalendar = WorkingDayCalendar(
        holidays: EnglandAndWalesBankHolidays.all.map { Day(iso: $0.date)! },
        coveredYears: EnglandAndWalesBankHolidays.covered
    )

    public func isBankHoliday(_ day: Day) -> Bool { holidays.contains(day.ordinal) }

    public func isWorkingDay(_ day: Day) -> Bool { !day.isWeekend && !holidays.contains(day.ordinal) }

    /// The date `n` working days after `day` (or before, for negative `n`). Zero gives `day` itself.
    public func adding(workingDays n: Int, to day: Day) -> Day {
        var d = day
        var left = abs(n)
        let step = n >= 0 ? 1 : -1
        while left > 0 {
            d = d.adding(days: step)
            if isWorkingDay(d) { left -= 1 }
        }
        return d
    }

    /// Working days after `from` up to and including `to`: 0 for the same day, 1 from a Friday to
    /// the next Monday. Negative when `to` is earlier than `from`.
    public func workingDays(from: Day, to: Day) -> Int {
        if to < from { return -workingDays(from: to, to: from) }
        // Whole weeks contribute five weekdays each; then walk the remainder.
        let total = from.days(to: to)
        var count = (total / 7) * 5
        var d = from.adding(days: (total / 7) * 7)
        while d < to {
            d = d.adding(days: 1)
            if !d.isWeekend { count += 1 }
        }
        return count - (holidaysUpTo(to.ordinal) - holidaysUpTo(from.ordinal))
    }

    /// Number of weekday holidays on or before `ordinal`.
    private func holidaysUpTo(_ ordinal: Int32) -> Int {
        var lo = 0, hi = weekdayHolidays.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if weekdayHolidays[mid] <= ordinal { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// Whether `event` happened within `limit` working days of `start` (inclusive of the limit).
    public func isWithin(_ limit: Int, workingDaysOf start: Day, event: Day) -> Bool {
        event <= adding(workingDays: limit, to: start)
    }

    /// The last working day of the month containing `day`: the scorecard's snapshot date.
    public func lastWorkingDay(ofMonthContaining day: Day) -> Day {
        var d = day.lastOfMonth
        while !isWorkingDay(d) { d = d.adding(days: -1) }
        return d
    }
}
