import Hearth

/// A scorecard reporting month. Any reference date reports on the month that contains it.
public struct ReportingMonth: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public var year: Int
    public var month: Int

    public init(year: Int, month: Int) { self.year = year; self.month = month }
    public init(containing day: Day) { self.init(year: day.year, month: day.month) }

    /// Parses `yyyy-mm` or a `yyyy-mm-dd` reference date.
    public init?(text: String) {
        if let d = Day(iso: text) { self.init(containing: d); return }
        let parts = text.split(separator: "-")
        guard parts.count == 2, let y = Int(parts[0]), let m = Int(parts[1]), (1...12).contains(m) else { return nil }
        self.init(year: y, month: m)
    }

    public static func < (a: Self, b: Self) -> Bool { (a.year, a.month) < (b.year, b.month) }

    public var firstDay: Day { Day(year, month, 1) }
    public var lastDay: Day { firstDay.lastOfMonth }
    public func adding(months n: Int) -> ReportingMonth { ReportingMonth(containing: firstDay.adding(months: n)) }
    public var previous: ReportingMonth { adding(months: -1) }
    public var description: String { "\(year)-\(month < 10 ? "0" : "")\(month)" }
    /// The financial year (April–March) the month belongs to.
    public var financialYear: CollectionYear { CollectionYear(containing: firstDay) }

    /// The snapshot date: the last working day of the month (scorecard §2).
    public func snapshot(_ calendar: WorkingDayCalendar = .englandAndWales) -> Day {
        calendar.lastWorkingDay(ofMonthContaining: firstDay)
    }

    /// The window an indicator of `period` covers when reported for this month.
    public func window(_ period: PeriodType, calendar: WorkingDayCalendar = .englandAndWales) -> Window {
        let snap = snapshot(calendar)
        switch period {
        case .snapshot: return Window(start: snap, end: snap, snapshot: snap)
        case .rolling12Months: return Window(start: adding(months: -11).firstDay, end: lastDay, snapshot: snap)
        case .rolling36Months: return Window(start: adding(months: -35).firstDay, end: lastDay, snapshot: snap)
        case .yearToDate: return Window(start: financialYear.start, end: lastDay, snapshot: snap)
        }
    }

    /// The rolling-3-months short-term window (scorecard §2): the same definition over 3 months.
    public func shortTermWindow(_ calendar: WorkingDayCalendar = .englandAndWales) -> Window {
        Window(start: adding(months: -2).firstDay, end: lastDay, snapshot: snapshot(calendar))
    }
}

/// The inclusive date range an evaluation covers, and the snapshot date for point-in-time cohorts.
public struct Window: Hashable, Sendable, Codable {
    public var start: Day
    /// Inclusive.
    public var end: Day
    public var snapshot: Day
    public init(start: Day, end: Day, snapshot: Day) { self.start = start; self.end = end; self.snapshot = snapshot }
    @inlinable public func contains(_ day: Day) -> Bool { day >= start && day <= end }
}
