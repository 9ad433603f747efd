// Changes to a period of care as a case system records them. Each operation keeps the
// legal-status and placement lists contiguous and refuses a change that would break an
// invariant, with a violation naming what was wrong.

extension PeriodOfCare {
    /// Starts a period of care with its first legal status and placement.
    public static func begin(id: String, on day: Day, legalStatus: LegalStatus, placement: PlacementSpan,
                             categoryOfNeed: NeedCode) -> PeriodOfCare {
        var first = placement
        first.span = DaySpan(start: day)
        return PeriodOfCare(id: id, span: DaySpan(start: day), categoryOfNeed: categoryOfNeed,
                            legalStatuses: [LegalStatusSpan(span: DaySpan(start: day), status: legalStatus)],
                            placements: [first])
    }

    /// Moves the child to `placement` on `day`, ending the current placement for `reason`.
    public mutating func changePlacement(to placement: PlacementSpan, on day: Day,
                                         reason: ReasonForPlacementChange?) throws(ModelViolation) {
        try requireOpen(on: day, field: "placements")
        let i = placements.count - 1
        guard day >= placements[i].span.start else {
            throw violation("placements[\(placements.count)]", "start", day,
                            "a placement cannot start before the current one, which started \(placements[i].span.start)")
        }
        placements[i].span.end = day
        placements[i].reasonForChange = reason
        var next = placement
        next.span = DaySpan(start: day)
        placements.append(next)
    }

    /// Changes the legal status on `day`.
    public mutating func changeLegalStatus(to status: LegalStatus, on day: Day) throws(ModelViolation) {
        try requireOpen(on: day, field: "legalStatuses")
        let i = legalStatuses.count - 1
        guard day >= legalStatuses[i].span.start else {
            throw violation("legalStatuses[\(legalStatuses.count)]", "start", day,
                            "a legal status cannot start before the current one, which started \(legalStatuses[i].span.start)")
        }
        legalStatuses[i].span.end = day
        legalStatuses.append(LegalStatusSpan(span: DaySpan(start: day), status: status))
    }

    /// Ends the period of care on `day` for `reason`, closing the open placement and legal status.
    public mutating func end(on day: Day, reason: ReasonEpisodeCeased) throws(ModelViolation) {
        try requireOpen(on: day, field: "end")
        guard !reason.continuesCare else {
            throw violation("", "reasonEnded", reason.rawValue, "X1 joins episodes inside a period; it cannot end a period of care")
        }
        let lastStart = max(placements.last?.span.start ?? span.start, legalStatuses.last?.span.start ?? span.start)
        guard day >= lastStart else {
            throw violation("", "end", day, "care cannot end before the current placement or legal status began (\(lastStart))")
        }
        span.end = day
        reasonEnded = reason
        placements[placements.count - 1].span.end = day
        legalStatuses[legalStatuses.count - 1].span.end = day
    }

    private func requireOpen(on day: Day, field: String) throws(ModelViolation) {
        guard span.end == nil else {
            throw violation("", field, day, "the period of care ended on \(span.end!); start a new period instead")
        }
        guard day >= span.start else {
            throw violation("", field, day, "the date is before the period of care began on \(span.start)")
        }
    }

    private func violation(_ path: String, _ field: String, _ value: some CustomStringConvertible, _ message: String) -> ModelViolation {
        ModelViolation(child: nil, path: path.isEmpty ? "periodOfCare \(id)" : "periodOfCare \(id).\(path)",
                       field: field, value: value.description, message: message)
    }
}

extension ChildRecord {
    /// Adds a period of care, refusing one that starts while another is open or overlaps one.
    public mutating func add(_ period: PeriodOfCare) throws(ModelViolation) {
        if let clash = periodsOfCare.first(where: { $0.span.overlaps(period.span) }) {
            throw ModelViolation(child: id, path: "periodsOfCare[\(periodsOfCare.count)]", field: "start",
                                 value: period.span.start.description,
                                 message: "overlaps the period of care \(clash.id) from \(clash.span.start)")
        }
        if let dob = dateOfBirth, period.span.start < dob {
            throw ModelViolation(child: id, path: "periodsOfCare[\(periodsOfCare.count)]", field: "start",
                                 value: period.span.start.description, message: "care cannot start before the date of birth \(dob)")
        }
        periodsOfCare.append(period)
        periodsOfCare.sort { $0.span.start < $1.span.start }
    }

    /// Allocates the case from `day`, ending the current allocation.
    public mutating func allocate(to team: TeamID, worker: WorkerID?, on day: Day,
                                  reason: SocialWorkerChangeReason? = nil) throws(ModelViolation) {
        if let last = allocations.last, last.span.end == nil || last.span.end! > day {
            guard day >= last.span.start else {
                throw ModelViolation(child: id, path: "allocations[\(allocations.count)]", field: "start",
                                     value: day.description, message: "before the current allocation began on \(last.span.start)")
            }
            allocations[allocations.count - 1].span.end = day
        }
        allocations.append(CaseAllocation(team: team, worker: worker, span: DaySpan(start: day), reason: reason))
    }

    /// Ends the current allocation on `day` (the case closes).
    public mutating func closeAllocation(on day: Day) {
        guard let last = allocations.last, last.span.end == nil else { return }
        allocations[allocations.count - 1].span.end = max(day, last.span.start)
    }
}
