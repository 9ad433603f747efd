import Hearth

/// What to generate: how big a county, from which seed, how many years of history, up to when.
public struct SynthParameters: Hashable, Sendable {
    /// 1.0 is Kent-sized (about 9,300 open cases); 50 is roughly England.
    public var scale: Double
    public var seed: UInt64
    /// Years of recorded history before the extract date. Children already known at the start
    /// carry backdated histories, so even one year is near steady state.
    public var years: Int
    /// The date the records are complete to. Fixed by default, never "today", so that output is
    /// deterministic.
    public var extractDate: Day

    public static let defaultExtractDate = Day(2026, 3, 31)

    public init(scale: Double = 1, seed: UInt64 = 1, years: Int = 5, extractDate: Day = SynthParameters.defaultExtractDate) {
        precondition(scale > 0, "scale must be positive")
        precondition(years >= 1, "years must be at least 1")
        self.scale = scale; self.seed = seed; self.years = years; self.extractDate = extractDate
    }

    /// First day of recorded history.
    public var historyStart: Day { extractDate.adding(years: -years).adding(days: 1) }
}
