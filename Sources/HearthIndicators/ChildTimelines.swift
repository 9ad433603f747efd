import Hearth

/// Per-child spans flattened into arrays, built once per county, for the questions snapshot
/// indicators ask of every child every month: looked after? on a child protection plan? how many
/// placements in a window? same placement for two years? Answering from these never touches
/// (or copies) the child's record.
struct ChildTimelines: Sendable {
    struct Spans: Sendable {
        var offset: [Int32] = [0]
        var start: [Int32] = []
        var end: [Int32] = []
        /// Placement runs only: the run is an adoptive placement; and its period of care.
        var adoptive: [Bool] = []
        var period: [Int32] = []

        mutating func close() { offset.append(Int32(start.count)) }
        mutating func add(_ span: DaySpan) { start.append(span.start.ordinal); end.append(span.end?.ordinal ?? .max) }

        func range(_ i: Int32) -> Range<Int> { Int(offset[Int(i)])..<Int(offset[Int(i) + 1]) }

        func contains(_ i: Int32, _ day: Day) -> Bool {
            for k in range(i) where start[k] <= day.ordinal && day.ordinal < end[k] { return true }
            return false
        }
    }

    var care = Spans()
    var protection = Spans()
    var placements = Spans()

    init(_ county: County) {
        county.children.forEachInPlace { _, c in
            c.pointee.periodsOfCare.forEachInPlace { _, p in care.add(p.pointee.span) }
            care.close()
            c.pointee.childInNeedEpisodes.forEachInPlace { _, e in for p in e.pointee.protectionPlans { protection.add(p.span) } }
            protection.close()
            for r in PlacementRun.runs(c.pointee.periodsOfCare) {
                placements.add(r.span)
                placements.adoptive.append(r.type.isPlacedForAdoption)
                placements.period.append(Int32(r.period))
            }
            placements.close()
        }
    }

    /// Placements current on any day of `[from, to]` (DfE counting, see `PlacementRun`).
    func placementCount(_ i: Int32, from: Day, to: Day) -> Int {
        var n = 0
        for k in placements.range(i) where placements.start[k] <= to.ordinal && placements.end[k] > from.ordinal { n += 1 }
        return n
    }

    /// Same as `ChildRecord.inSamePlacementTwoYears(on:)`, from the flattened runs.
    func samePlacementTwoYears(_ i: Int32, on day: Day) -> Bool {
        let r = placements.range(i)
        guard let k = r.last(where: { placements.start[$0] <= day.ordinal && day.ordinal < placements.end[$0] }) else { return false }
        let twoYearsAgo = day.adding(years: -2).ordinal
        if placements.start[k] <= twoYearsAgo { return true }
        return placements.adoptive[k] && k > r.lowerBound && placements.period[k - 1] == placements.period[k]
            && placements.start[k - 1] <= twoYearsAgo
    }
}
