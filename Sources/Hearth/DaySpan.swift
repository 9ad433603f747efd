/// A run of days with an optional end: the shape of every span in a case record
/// (a period of care, a placement, a legal status, a plan).
///
/// The end is the date the span *ceased*, and is exclusive: a child whose placement ended on
/// 5 January and whose next placement began on 5 January was in the second placement that day.
/// This is the SSDA903 convention (one episode's DEC equals the next one's DECOM), and the
/// DfE's "looked after at 31 March" means a span containing 31 March under this rule.
/// An open span (`end == nil`) is still current.
public struct DaySpan: Hashable, Sendable, Codable {
    public var start: Day
    /// The date the span ceased (exclusive); nil while it is still open.
    public var end: Day?

    public init(start: Day, end: Day? = nil) {
        self.start = start
        self.end = end
    }

    public var isOpen: Bool { end == nil }

    /// Whether the span is current on `day`.
    @inlinable public func contains(_ day: Day) -> Bool {
        day.ordinal >= start.ordinal && (end.map { day.ordinal < $0.ordinal } ?? true)
    }

    /// Whether the span is current on any day of the inclusive window `[from, to]`.
    @inlinable public func overlaps(from: Day, to: Day) -> Bool {
        start.ordinal <= to.ordinal && (end.map { $0.ordinal > from.ordinal } ?? true)
    }

    /// Whether two spans share at least one day.
    public func overlaps(_ other: DaySpan) -> Bool {
        let aEnd = end?.ordinal ?? .max, bEnd = other.end?.ordinal ?? .max
        return start.ordinal < bEnd && other.start.ordinal < aEnd
    }

    /// Days in the span up to `asOf` (exclusive end), 0 when it starts later.
    public func length(asOf: Day) -> Int {
        let last = min(end ?? asOf, asOf)
        return max(0, start.days(to: last))
    }
}
