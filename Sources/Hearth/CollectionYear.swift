/// A DfE collection year or council financial year: 1 April to 31 March.
/// `CollectionYear(2024)` is "2024/25", running 1 April 2024 to 31 March 2025.
public struct CollectionYear: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// The calendar year in which the collection year starts.
    public var startYear: Int

    public init(_ startYear: Int) { self.startYear = startYear }

    /// The collection year containing `day`.
    public init(containing day: Day) {
        let c = day.components
        startYear = c.month >= 4 ? c.year : c.year - 1
    }

    /// Parses "2024/25", "2024-25" or "2024".
    public init?(label: String) {
        let digits = label.prefix(4)
        guard digits.count == 4, let y = Int(digits) else { return nil }
        if label.count > 4 {
            let rest = label.dropFirst(5)
            guard let yy = Int(rest), yy == (y + 1) % 100 || yy == y + 1 else { return nil }
        }
        startYear = y
    }

    public static func < (a: Self, b: Self) -> Bool { a.startYear < b.startYear }

    /// 1 April of the start year.
    public var start: Day { Day(startYear, 4, 1) }
    /// 31 March of the following year: the reference date of the 903 and the CIN census.
    public var end: Day { Day(startYear + 1, 3, 31) }
    /// The year as an exclusive span, [1 April, 1 April next year).
    public var span: DaySpan { DaySpan(start: start, end: Day(startYear + 1, 4, 1)) }

    public var label: String {
        let next = (startYear + 1) % 100
        return "\(startYear)/\(next < 10 ? "0" : "")\(next)"
    }
    public var description: String { label }
    public var previous: CollectionYear { CollectionYear(startYear - 1) }
    public var next: CollectionYear { CollectionYear(startYear + 1) }
}
