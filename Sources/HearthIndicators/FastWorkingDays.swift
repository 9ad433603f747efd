import Hearth

/// Working-day arithmetic by table lookup, for the hot loops of the indicator engine: the same
/// answers as `WorkingDayCalendar` (which steps day by day through a set of holidays), from a
/// cumulative count of working days per date. Dates outside the table fall back to the calendar.
public struct FastWorkingDays: Sendable {
    public let calendar: WorkingDayCalendar
    private let base: Int32
    /// cumulative[i]: working days on or before day `base + i`.
    private let cumulative: [Int32]
    /// The working days in the table, in order: workingDay[k] has cumulative count k + 1.
    private let workingDay: [Int32]

    public init(_ calendar: WorkingDayCalendar, from: Day = Day(2000, 1, 1), to: Day = Day(2040, 12, 31)) {
        self.calendar = calendar
        base = from.ordinal
        var cum: [Int32] = [], days: [Int32] = []
        var n: Int32 = 0
        var d = from
        while d <= to {
            if calendar.isWorkingDay(d) { n += 1; days.append(d.ordinal) }
            cum.append(n)
            d = d.adding(days: 1)
        }
        cumulative = cum; workingDay = days
    }

    public static let englandAndWales = FastWorkingDays(.englandAndWales)

    @inline(__always) private func slot(_ d: Day) -> Int? {
        let i = Int(d.ordinal - base)
        return i >= 0 && i < cumulative.count ? i : nil
    }

    /// Working days after `from` up to and including `to` (as `WorkingDayCalendar.workingDays`).
    public func workingDays(from: Day, to: Day) -> Int {
        guard let a = slot(from), let b = slot(to) else { return calendar.workingDays(from: from, to: to) }
        return Int(cumulative[b] - cumulative[a])
    }

    /// The date `n` (≥ 0) working days after `day` (as `WorkingDayCalendar.adding(workingDays:to:)`).
    public func adding(workingDays n: Int, to day: Day) -> Day {
        guard n > 0 else { return calendar.adding(workingDays: n, to: day) }
        guard let a = slot(day) else { return calendar.adding(workingDays: n, to: day) }
        let k = Int(cumulative[a]) + n - 1
        return k < workingDay.count ? Day(ordinal: workingDay[k]) : calendar.adding(workingDays: n, to: day)
    }
}
