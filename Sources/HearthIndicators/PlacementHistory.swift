import Hearth

/// A child's placements as the national stability measures count them (returns.md §5.1, DfE rules
/// chosen where Kent's are unconfirmed): temporary placements (T0–T4) are not placements;
/// consecutive spans with the same carer (903 RNE T/U, change of type with the same carer) are one
/// placement; periods that are short breaks only (V3/V4) are left out.
public struct PlacementRun: Hashable, Sendable {
    public var span: DaySpan
    public var type: PlacementType
    public var carer: CarerID?
    /// Index of the period of care in the child's record.
    public var period: Int
}

extension PlacementRun {
    /// The runs of a child's periods of care, in order.
    public static func runs(_ periodsOfCare: [PeriodOfCare]) -> [PlacementRun] {
        var runs: [PlacementRun] = []
        for (k, p) in periodsOfCare.enumerated() where !p.isShortBreaksOnly {
            let periodStart = runs.count
            for pl in p.placements where !pl.type.isTemporary {
                if runs.count > periodStart, let c = pl.carer, runs[runs.count - 1].carer == c {
                    runs[runs.count - 1].span.end = pl.span.end
                    runs[runs.count - 1].type = pl.type
                } else {
                    runs.append(PlacementRun(span: pl.span, type: pl.type, carer: pl.carer, period: k))
                }
            }
        }
        return runs
    }
}

extension ChildRecord {
    public func placementRuns() -> [PlacementRun] { PlacementRun.runs(periodsOfCare) }

    /// Placements current on any day of `[from, to]`.
    public func placementCount(from: Day, to: Day) -> Int {
        placementRuns().reduce(0) { $0 + ($1.span.overlaps(from: from, to: to) ? 1 : 0) }
    }

    /// The DfE long-term stability test (former NI 63) on `day`: in the same placement for at least
    /// 2 years, or placed for adoption where the adoptive placement and the one before it together
    /// last at least 2 years.
    public func inSamePlacementTwoYears(on day: Day) -> Bool {
        let runs = placementRuns()
        guard let i = runs.lastIndex(where: { $0.span.contains(day) }) else { return false }
        let twoYearsAgo = day.adding(years: -2)
        if runs[i].span.start <= twoYearsAgo { return true }
        if runs[i].type.isPlacedForAdoption, i > 0, runs[i - 1].period == runs[i].period,
           runs[i - 1].span.start <= twoYearsAgo {
            return true
        }
        return false
    }
}
