// The case model's invariants. Every record that enters the system (generated, imported,
// recorded through the web) is checked here, so downstream code can rely on them.

extension ChildRecord {
    /// Every invariant this record breaks; empty when it is consistent.
    public func violations() -> [ModelViolation] {
        var v = InvariantCollector(child: id)
        if let dob = dateOfBirth, let death = dateOfDeath, death < dob {
            v.add("", "dateOfDeath", death, "date of death is before date of birth \(dob)")
        }
        if dateOfBirth == nil && expectedDateOfBirth == nil {
            v.add("", "dateOfBirth", "blank", "a child needs a date of birth or, unborn, an expected date of birth")
        }
        for (i, s) in uasc.enumerated() { v.checkSpan(s, "uasc[\(i)]") }
        v.checkNoOverlap(uasc, "uasc", what: "UASC status spans")

        for (i, e) in childInNeedEpisodes.enumerated() {
            let p = "childInNeedEpisodes[\(i)]"
            v.checkSpan(e.span, p, startField: "referralDate", endField: "closureDate")
            if e.closureDate != nil && e.closureReason == nil {
                v.add(p, "closureReason", "blank", "a closed episode needs a reason for closure")
            }
            if let dob = dateOfBirth, let exp = Optional(dob), e.referralDate < exp.adding(days: -280) {
                v.add(p, "referralDate", e.referralDate, "referral is more than 40 weeks before birth \(exp)")
            }
            for (j, a) in e.assessments.enumerated() {
                if let auth = a.authorisationDate, auth < a.startDate {
                    v.add("\(p).assessments[\(j)]", "authorisationDate", auth, "authorised before it started on \(a.startDate)")
                }
                if a.startDate < e.referralDate {
                    v.add("\(p).assessments[\(j)]", "startDate", a.startDate, "assessment starts before the referral on \(e.referralDate)")
                }
            }
            for (j, s) in e.section47Enquiries.enumerated() {
                if let c = s.conferenceDate, c < s.startDate {
                    v.add("\(p).section47Enquiries[\(j)]", "conferenceDate", c, "conference before the enquiry started on \(s.startDate)")
                }
                if s.conferenceDate != nil && s.conferenceNotRequired {
                    v.add("\(p).section47Enquiries[\(j)]", "conferenceNotRequired", "true", "a conference was held but is marked not required")
                }
            }
            for (j, plan) in e.childInNeedPlans.enumerated() { v.checkSpan(plan.span, "\(p).childInNeedPlans[\(j)]") }
            for (j, plan) in e.protectionPlans.enumerated() {
                v.checkSpan(plan.span, "\(p).protectionPlans[\(j)]")
                if plan.span.start < e.referralDate {
                    v.add("\(p).protectionPlans[\(j)]", "start", plan.span.start, "plan starts before the referral on \(e.referralDate)")
                }
            }
        }
        let plans = childInNeedEpisodes.flatMap(\.protectionPlans).map(\.span).sorted { $0.start < $1.start }
        v.checkNoOverlap(plans, "protectionPlans", what: "child protection plans")

        let periods = periodsOfCare.map(\.span)
        v.checkNoOverlap(periods, "periodsOfCare", what: "periods of care")
        for (i, period) in periodsOfCare.enumerated() {
            checkPeriod(period, path: "periodsOfCare[\(i)]", into: &v)
        }

        for (i, m) in missingEpisodes.enumerated() { v.checkSpan(m.span, "missingEpisodes[\(i)]") }
        let missing = missingEpisodes.map(\.span).sorted { $0.start < $1.start }
        v.checkNoOverlap(missing, "missingEpisodes", what: "missing episodes")

        for (i, a) in allocations.enumerated() { v.checkSpan(a.span, "allocations[\(i)]") }
        v.checkNoOverlap(allocations.map(\.span), "allocations", what: "case allocations")

        for (i, a) in adoptions.enumerated() {
            let p = "adoptions[\(i)]"
            if let m = a.matchedDate, let placed = a.placedDate, placed < m {
                v.add(p, "placedDate", placed, "placed before the match on \(m)")
            }
            if let o = a.adoptionOrderDate, let placed = a.placedDate, o < placed {
                v.add(p, "adoptionOrderDate", o, "adoption order before the child was placed on \(placed)")
            }
            if let o = a.adoptionOrderDate, o < a.decisionDate {
                v.add(p, "adoptionOrderDate", o, "adoption order before the agency decision on \(a.decisionDate)")
            }
        }
        for (i, f) in privateFostering.enumerated() { v.checkSpan(f.span, "privateFostering[\(i)]") }
        for (i, a) in audits.enumerated() {
            if let c = a.completed, c < a.scheduled.firstOfMonth {
                v.add("audits[\(i)]", "completed", c, "completed before the month it was scheduled for (\(a.scheduled))")
            }
        }
        return v.found
    }

    private func checkPeriod(_ period: PeriodOfCare, path p: String, into v: inout InvariantCollector) {
        v.checkSpan(period.span, p)
        if let dob = dateOfBirth, period.span.start < dob {
            v.add(p, "start", period.span.start, "care starts before the date of birth \(dob)")
        }
        if period.span.end != nil && period.reasonEnded == nil {
            v.add(p, "reasonEnded", "blank", "an ended period of care needs a reason (REC)")
        }
        if period.span.end == nil && period.reasonEnded != nil {
            v.add(p, "reasonEnded", period.reasonEnded!.rawValue, "an open period of care cannot have a reason ended")
        }
        if period.reasonEnded?.continuesCare == true {
            v.add(p, "reasonEnded", "X1", "X1 joins episodes inside a period; it cannot end a period of care")
        }
        v.checkCover(period.legalStatuses.map(\.span), of: period.span, "\(p).legalStatuses", what: "legal status")
        v.checkCover(period.placements.map(\.span), of: period.span, "\(p).placements", what: "placement")
        for (j, r) in period.reviews.enumerated() where !period.span.contains(r.date) && r.date != period.span.end {
            v.add("\(p).reviews[\(j)]", "date", r.date, "review outside the period of care \(period.span.start)–\(period.span.end.map(\.description) ?? "open")")
        }
    }
}

extension County {
    /// Every invariant broken anywhere in the county: each child's, plus references to teams,
    /// workers and areas that do not exist.
    public func violations() -> [ModelViolation] {
        var found: [ModelViolation] = []
        let teamIDs = Set(teams.map(\.id)), workerIDs = Set(workers.map(\.id)), areaIDs = Set(areas.map(\.id))
        for (i, t) in teams.enumerated() {
            if let a = t.area, !areaIDs.contains(a) {
                found.append(.init(child: nil, path: "teams[\(i)]", field: "area", value: a.rawValue, message: "no such area"))
            }
        }
        for (i, w) in workers.enumerated() where !teamIDs.contains(w.team) {
            found.append(.init(child: nil, path: "workers[\(i)]", field: "team", value: w.team.rawValue, message: "no such team"))
        }
        var seen = Set<ChildID>()
        for child in children {
            if !seen.insert(child.id).inserted {
                found.append(.init(child: child.id, path: "", field: "id", value: child.id.rawValue, message: "duplicate child id"))
            }
            found += child.violations()
            for (i, a) in child.allocations.enumerated() {
                if !teamIDs.contains(a.team) {
                    found.append(.init(child: child.id, path: "allocations[\(i)]", field: "team", value: a.team.rawValue, message: "no such team"))
                }
                if let w = a.worker, !workerIDs.contains(w) {
                    found.append(.init(child: child.id, path: "allocations[\(i)]", field: "worker", value: w.rawValue, message: "no such worker"))
                }
            }
        }
        return found
    }

    /// Throws every violation at once when the county breaks an invariant.
    public func checkInvariants() throws(ModelViolations) {
        let v = violations()
        if !v.isEmpty { throw ModelViolations(v) }
    }
}

extension ChildRecord {
    public func checkInvariants() throws(ModelViolations) {
        let v = violations()
        if !v.isEmpty { throw ModelViolations(v) }
    }
}

struct InvariantCollector {
    let child: ChildID
    var found: [ModelViolation] = []

    init(child: ChildID) { self.child = child }

    mutating func add(_ path: String, _ field: String, _ value: some CustomStringConvertible, _ message: String) {
        found.append(ModelViolation(child: child, path: path, field: field, value: value.description, message: message))
    }

    mutating func checkSpan(_ s: DaySpan, _ path: String, startField: String = "start", endField: String = "end") {
        if let e = s.end, e < s.start {
            add(path, endField, e, "ends before it starts on \(s.start)")
        }
    }

    /// Spans given in order must not share a day.
    mutating func checkNoOverlap(_ spans: [DaySpan], _ path: String, what: String) {
        guard spans.count > 1 else { return }
        for i in 1..<spans.count where spans[i - 1].overlaps(spans[i]) || spans[i].start < spans[i - 1].start {
            add("\(path)[\(i)]", "start", spans[i].start,
                "\(what) overlap or are out of order: the previous one runs \(spans[i - 1].start)–\(spans[i - 1].end.map(\.description) ?? "open")")
        }
    }

    /// Spans must run end to start without gaps or overlaps, from the start of `outer` to its end.
    mutating func checkCover(_ spans: [DaySpan], of outer: DaySpan, _ path: String, what: String) {
        guard let first = spans.first, let last = spans.last else {
            add(path, "count", 0, "a period of care needs at least one \(what)")
            return
        }
        for (i, s) in spans.enumerated() { checkSpan(s, "\(path)[\(i)]") }
        if first.start != outer.start {
            add("\(path)[0]", "start", first.start, "the first \(what) must start when care starts (\(outer.start))")
        }
        for i in 1..<spans.count {
            guard let prevEnd = spans[i - 1].end else {
                add("\(path)[\(i - 1)]", "end", "open", "only the last \(what) may be open")
                continue
            }
            if spans[i].start < prevEnd {
                add("\(path)[\(i)]", "start", spans[i].start, "\(what) overlaps the previous one, which ends \(prevEnd)")
            } else if spans[i].start > prevEnd {
                add("\(path)[\(i)]", "start", spans[i].start, "gap after the previous \(what), which ends \(prevEnd)")
            }
        }
        if last.end != outer.end {
            add("\(path)[\(spans.count - 1)]", "end", last.end.map(\.description) ?? "open",
                "the last \(what) must end when care ends (\(outer.end.map(\.description) ?? "open"))")
        }
    }
}
