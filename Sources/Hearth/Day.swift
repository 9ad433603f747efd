/// A civil calendar date with no time of day or time zone, as every social-care record uses.
///
/// Stored as a count of days since 1970-01-01 (proleptic Gregorian) so that interval arithmetic
/// over a county's worth of records is integer arithmetic, not calendar lookups.
public struct Day: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// Days since 1970-01-01.
    public var ordinal: Int32

    public init(ordinal: Int32) { self.ordinal = ordinal }

    /// Creates a date from year, month and day, or returns nil when the date does not exist.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= Day.daysIn(month: month, year: year),
              (1800...2200).contains(year) else { return nil }
        ordinal = Int32(Day.daysFromCivil(year, month, day))
    }

    /// Creates a date known to exist; traps otherwise. For literals in code and tests.
    public init(_ year: Int, _ month: Int, _ day: Int) {
        guard let d = Day(year: year, month: month, day: day) else {
            preconditionFailure("Invalid date \(year)-\(month)-\(day)")
        }
        self = d
    }

    public static func < (lhs: Day, rhs: Day) -> Bool { lhs.ordinal < rhs.ordinal }

    public var year: Int { components.year }
    public var month: Int { components.month }
    public var day: Int { components.day }

    public var components: (year: Int, month: Int, day: Int) { Day.civilFromDays(Int(ordinal)) }

    /// ISO weekday: 1 = Monday … 7 = Sunday.
    public var weekday: Int {
        // 1970-01-01 was a Thursday (4).
        let w = (Int(ordinal) + 3) % 7
        return (w < 0 ? w + 7 : w) + 1
    }

    public var isWeekend: Bool { weekday >= 6 }

    public func adding(days n: Int) -> Day { Day(ordinal: ordinal + Int32(n)) }

    /// Adds calendar months, clamping to the last day of a shorter month (31 Jan + 1 month = 28/29 Feb).
    public func adding(months n: Int) -> Day {
        let c = components
        let total = c.year * 12 + (c.month - 1) + n
        let y = total / 12, m = total % 12 + 1
        return Day(civil: y, m, min(c.day, Day.daysIn(month: m, year: y)))
    }

    public func adding(years n: Int) -> Day { adding(months: 12 * n) }

    /// Whole days from `self` to `other` (positive when `other` is later).
    public func days(to other: Day) -> Int { Int(other.ordinal - ordinal) }

    /// Age in completed years on `date`, the way the DfE counts birthdays (29 Feb births turn a year older on 1 Mar).
    public func age(on date: Day) -> Int {
        let b = components, d = date.components
        var years = d.year - b.year
        if (d.month, d.day) < (b.month, b.day) { years -= 1 }
        return years
    }

    /// The date on which someone born on `self` reaches `years` of age.
    public func birthday(_ years: Int) -> Day {
        let c = components
        if c.month == 2 && c.day == 29 && !Day.isLeap(c.year + years) { return Day(civil: c.year + years, 3, 1) }
        return Day(civil: c.year + years, c.month, c.day)
    }

    public var firstOfMonth: Day { let c = components; return Day(civil: c.year, c.month, 1) }
    public var lastOfMonth: Day { let c = components; return Day(civil: c.year, c.month, Day.daysIn(month: c.month, year: c.year)) }

    /// Arithmetic results from valid dates: any year, no range check, so that adding 25 years to
    /// a hostile 2199 date of birth in an imported file cannot trap.
    init(civil year: Int, _ month: Int, _ day: Int) {
        ordinal = Int32(clamping: Day.daysFromCivil(year, month, day))
    }

    /// ISO 8601 `yyyy-mm-dd`, as the CIN census and JSON use.
    public var iso: String {
        let c = components
        return Day.pad(c.year, 4) + "-" + Day.pad(c.month, 2) + "-" + Day.pad(c.day, 2)
    }

    /// `dd/mm/yyyy`, as the SSDA903 return uses.
    public var ukFormat: String {
        let c = components
        return Day.pad(c.day, 2) + "/" + Day.pad(c.month, 2) + "/" + Day.pad(c.year, 4)
    }

    public var description: String { iso }

    /// Parses `yyyy-mm-dd`. Returns nil for anything else, including impossible dates.
    public init?(iso text: some StringProtocol) {
        guard let v = Day.withBytes(text, { u -> Day? in
            guard u.count == 10, u[4] == 45, u[7] == 45,
                  let y = Day.digits(u, 0, 4), let m = Day.digits(u, 5, 2), let d = Day.digits(u, 8, 2)
            else { return nil }
            return Day(year: y, month: m, day: d)
        }) else { return nil }
        self = v
    }

    /// Parses `dd/mm/yyyy`. Returns nil for anything else, including impossible dates.
    public init?(uk text: some StringProtocol) {
        guard let v = Day.withBytes(text, { u -> Day? in
            guard u.count == 10, u[2] == 47, u[5] == 47,
                  let d = Day.digits(u, 0, 2), let m = Day.digits(u, 3, 2), let y = Day.digits(u, 6, 4)
            else { return nil }
            return Day(year: y, month: m, day: d)
        }) else { return nil }
        self = v
    }

    /// Reads the UTF-8 bytes in place when the string allows it (native strings do), copying only otherwise.
    private static func withBytes(_ text: some StringProtocol, _ body: (UnsafeBufferPointer<UInt8>) -> Day?) -> Day? {
        if text.utf8.count != 10 { return nil }
        if let r = text.utf8.withContiguousStorageIfAvailable(body) { return r }
        return Array(text.utf8).withUnsafeBufferPointer(body)
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        let s = try c.decode(String.self)
        guard let d = Day(iso: s) else {
            throw DecodingError.dataCorruptedError(in: c, debugDescription: "Not a yyyy-mm-dd date: \(s)")
        }
        self = d
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(iso)
    }

    // MARK: Calendar arithmetic (Howard Hinnant's civil-from-days algorithms)

    public static func isLeap(_ y: Int) -> Bool { (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }

    public static func daysIn(month m: Int, year y: Int) -> Int {
        switch m {
        case 2: return isLeap(y) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    static func daysFromCivil(_ y0: Int, _ m: Int, _ d: Int) -> Int {
        let y = m <= 2 ? y0 - 1 : y0
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (m + 9) % 12
        let doy = (153 * mp + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    static func civilFromDays(_ z0: Int) -> (year: Int, month: Int, day: Int) {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    private static func digits(_ u: UnsafeBufferPointer<UInt8>, _ start: Int, _ count: Int) -> Int? {
        var v = 0
        for i in start..<(start + count) {
            let c = u[i]
            guard c >= 48 && c <= 57 else { return nil }
            v = v * 10 + Int(c - 48)
        }
        return v
    }

    private static func pad(_ v: Int, _ width: Int) -> String {
        let s = String(v)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }
}
