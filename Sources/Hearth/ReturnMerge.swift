/// The part of a child's record a statutory return speaks for, over its collection years.
/// Everything outside the slice (contacts, allocations, audits, the other return's slice) is
/// the case system's, and a return import never touches it.
public enum ReturnSlice: String, Sendable, Codable {
    /// SSDA903: periods of care (legal statuses, placements, reviews), missing episodes while
    /// looked after, UASC, OC3 care-leaver contacts, OC2 outcomes, adoption journeys and previous
    /// permanence.
    case lookedAfter = "903"
    /// CIN census: children-in-need episodes (referrals, assessments, S47 enquiries, plans) and
    /// disabilities.
    case childInNeed = "CIN"
}

/// Something the merge did that a user should know about, about one child.
public struct MergeNote: Hashable, Sendable, CustomStringConvertible {
    public var child: ChildID
    public var message: String
    public init(child: ChildID, message: String) { self.child = child; self.message = message }
    public var description: String { "child \(child): \(message)" }
}

/// Brings a return's county into a stored county without losing what the return does not hold
/// (docs/returns.md, "Importing into a store"). A pure function of the two counties, so the
/// rules are tested without a store and the store, the command line and the web page share them.
///
/// For a child in both, the stored record keeps every item of the return's slice that lies wholly
/// outside the return's years (1 April of the earliest to 31 March of the latest) and takes the
/// return's items for those years; the identity fields the return carries replace the stored
/// ones where the return has a value. A child only in the return is added; a child only in the
/// store is kept as it is, with a note when the store has slice activity in the return's years.
public struct ReturnMerge: Sendable {
    /// Stored children whose record the return changed, in stored order.
    public var updated: [ChildRecord]
    /// Children the store did not hold, in the return's order.
    public var added: [ChildRecord]
    /// Children in the return whose stored record it did not change.
    public var unchanged: Int
    /// Stored children not in the return (kept as they are).
    public var untouched: Int
    public var notes: [MergeNote]
    /// Invariants the merged records break that the stored records did not: nothing may be stored.
    public var violations: [ModelViolation]

    /// Children whose stored record stays as it is: in the return unchanged, or not in it.
    public var kept: Int { unchanged + untouched }

    /// "adds 3 children, updates 12, keeps 210 unchanged".
    public var summary: String {
        "adds \(added.count) \(added.count == 1 ? "child" : "children"), updates \(updated.count), keeps \(kept) unchanged"
    }

    /// The first day of the earliest year and the day after the latest year ends.
    static func window(_ years: [CollectionYear]) -> DaySpan {
        let first = years.min() ?? CollectionYear(2000), last = years.max() ?? first
        return DaySpan(start: first.start, end: last.next.start)
    }

    /// Merges `imported` (one return, read) into `stored` for `slice` over `years`.
    /// - Social-worker episodes a 903 maps to allocations are not merged into a stored child
    ///   (allocations are the case system's). A new child keeps only allocations to teams and
    ///   workers the store holds, since a return import never touches the workforce.
    public static func merge(stored: County, imported: County, slice: ReturnSlice, years: [CollectionYear]) -> ReturnMerge {
        let window = window(years)
        var result = ReturnMerge(updated: [], added: [], unchanged: 0, untouched: 0, notes: [], violations: [])
        var incoming: [ChildID: ChildRecord] = [:]
        for child in imported.children { incoming[child.id] = child }
        var storedIDs = Set<ChildID>()
        for child in stored.children {
            storedIDs.insert(child.id)
            guard let fromReturn = incoming[child.id] else {
                result.untouched += 1
                if let note = absenceNote(child, slice: slice, window: window) { result.notes.append(note) }
                continue
            }
            var merged = child
            mergeIdentity(into: &merged, from: fromReturn, slice: slice, window: window)
            switch slice {
            case .lookedAfter: result.notes += mergeLookedAfter(into: &merged, from: fromReturn, window: window, years: years)
            case .childInNeed: mergeChildInNeed(into: &merged, from: fromReturn, window: window)
            }
            if merged == child {
                result.unchanged += 1
                continue
            }
            let before = Set(child.violations().map(\.description))
            result.violations += merged.violations().filter { !before.contains($0.description) }
            result.updated.append(merged)
        }
        let teams = Set(stored.teams.map(\.id)), workers = Set(stored.workers.map(\.id))
        for child in imported.children where !storedIDs.contains(child.id) {
            var added = child
            added.allocations.removeAll { !teams.contains($0.team) || ($0.worker.map { !workers.contains($0) } ?? false) }
            result.violations += added.violations()
            result.added.append(added)
        }
        return result
    }

    // MARK: Identity

    /// Fields both returns carry: the return's value replaces the stored one when it has one
    /// (a blank, an ethnicity of NOBT or a sex of U, "not known", is no value). Sex is a history:
    /// a different sex is appended as recorded from the first year's start.
    static func mergeIdentity(into c: inout ChildRecord, from r: ChildRecord, slice: ReturnSlice, window: DaySpan) {
        if let d = r.dateOfBirth { c.dateOfBirth = d }
        if let d = r.expectedDateOfBirth { c.expectedDateOfBirth = d }
        if let d = r.dateOfDeath { c.dateOfDeath = d }
        if r.ethnicity != .nobt || c.ethnicity == .nobt { c.ethnicity = r.ethnicity }
        if let upn = r.upn { c.upn = upn; c.upnUnknown = nil }
        if let unknown = r.upnUnknown { c.upnUnknown = unknown; c.upn = nil }
        if let former = r.formerUPN { c.formerUPN = former }
        if let sex = r.currentSex?.modern, sex != .u, sex != c.currentSex?.modern {
            c.sex.append(SexRecord(sex, recorded: c.sex.isEmpty ? nil : window.start))
        }
        switch slice {
        case .lookedAfter:
            if let m = r.isMother { c.isMother = m }
            if let d = r.firstChildDateOfBirth { c.firstChildDateOfBirth = d }
            if let home = r.homePostcode { c.homePostcode = home }
        case .childInNeed:
            // The reader drops the census's NONE, so an empty list and a stored [NONE] agree.
            if !(r.disabilities.isEmpty && c.disabilities.allSatisfy { $0.rawValue == "NONE" }) { c.disabilities = r.disabilities }
        }
    }

    static func absenceNote(_ c: ChildRecord, slice: ReturnSlice, window: DaySpan) -> MergeNote? {
        switch slice {
        case .lookedAfter:
            guard let p = c.periodsOfCare.first(where: { $0.span.overlaps(window) }) else { return nil }
            let year = CollectionYear(containing: max(p.span.start, window.start))
            return MergeNote(child: c.id, message: "in the store with a period of care in \(year.label) but not in the return; kept")
        case .childInNeed:
            guard let e = c.childInNeedEpisodes.first(where: { $0.span.overlaps(window) }) else { return nil }
            let year = CollectionYear(containing: max(e.referralDate, window.start))
            return MergeNote(child: c.id, message: "in the store with a children-in-need episode in \(year.label) but not in the census; kept")
        }
    }

    // MARK: Children in need

    /// Stored episodes wholly outside the years stay; the census's replace the rest. Plan visits,
    /// which the census does not carry, are kept from the stored plan with the same start. What the
    /// store holds after the census year for an episode the census shows open at its end (the
    /// closure, plans ending, assessments and enquiries begun later) stays too.
    static func mergeChildInNeed(into c: inout ChildRecord, from r: ChildRecord, window: DaySpan) {
        let returned = Set(r.childInNeedEpisodes.map(\.referralDate))
        var byReferral: [Day: ChildInNeedEpisode] = [:]
        for e in c.childInNeedEpisodes { byReferral[e.referralDate] = e }
        var merged: [ChildInNeedEpisode] = []
        for var e in r.childInNeedEpisodes {
            if let old = byReferral[e.referralDate] {
                e.id = old.id
                keepBeforeYear(&e, old, before: window.start)
                if let after = window.end {
                    continueAfterYear(&e, old, after: after)
                }
                for i in e.childInNeedPlans.indices where e.childInNeedPlans[i].visits.isEmpty {
                    e.childInNeedPlans[i].visits = old.childInNeedPlans.first { $0.span.start == e.childInNeedPlans[i].span.start }?.visits ?? []
                }
                for i in e.protectionPlans.indices where e.protectionPlans[i].visits.isEmpty {
                    if let plan = old.protectionPlans.first(where: { $0.span.start == e.protectionPlans[i].span.start }) {
                        e.protectionPlans[i].visits = plan.visits
                        e.protectionPlans[i].id = plan.id
                    }
                }
                for i in e.assessments.indices {
                    if let a = old.assessments.first(where: { $0.startDate == e.assessments[i].startDate }) {
                        e.assessments[i].id = a.id
                        if e.assessments[i].childSeenDate == nil { e.assessments[i].childSeenDate = a.childSeenDate }
                        // The census gives factors only for completed assessments.
                        if e.assessments[i].factors.isEmpty { e.assessments[i].factors = a.factors }
                        // Authorised after the census year: the census shows it still open.
                        if e.assessments[i].authorisationDate == nil, let auth = a.authorisationDate, let after = window.end, auth >= after {
                            e.assessments[i].authorisationDate = auth
                            e.assessments[i].internalReviewDate = e.assessments[i].internalReviewDate ?? a.internalReviewDate
                        }
                    }
                }
                for i in e.section47Enquiries.indices {
                    if let s = old.section47Enquiries.first(where: { $0.startDate == e.section47Enquiries[i].startDate }) {
                        e.section47Enquiries[i].id = s.id
                        if e.section47Enquiries[i].childSeenDate == nil { e.section47Enquiries[i].childSeenDate = s.childSeenDate }
                        if e.section47Enquiries[i].conferenceDate == nil, !e.section47Enquiries[i].conferenceNotRequired,
                           let after = window.end, let held = s.conferenceDate ?? (s.conferenceNotRequired ? s.startDate : nil),
                           held >= after || s.conferenceNotRequired && s.startDate >= after {
                            e.section47Enquiries[i].conferenceDate = s.conferenceDate
                            e.section47Enquiries[i].conferenceNotRequired = s.conferenceNotRequired
                        }
                    }
                }
            }
            merged.append(e)
        }
        let kept = c.childInNeedEpisodes.filter { old in
            !old.span.overlaps(window) && !returned.contains(old.referralDate) && !merged.contains { $0.span.overlaps(old.span) }
        }
        c.childInNeedEpisodes = (kept + merged).sorted { $0.referralDate < $1.referralDate }
    }

    /// Carries into the census's episode `e` what the stored episode finished before the census
    /// year began: the census holds the assessments, enquiries, plans and reviews of its year only.
    static func keepBeforeYear(_ e: inout ChildInNeedEpisode, _ old: ChildInNeedEpisode, before start: Day) {
        e.assessments = old.assessments.filter { a in
            (a.authorisationDate.map { $0 < start } ?? false) && !e.assessments.contains { $0.startDate == a.startDate }
        } + e.assessments
        e.section47Enquiries = old.section47Enquiries.filter { s in
            max(s.startDate, s.conferenceDate ?? s.startDate) < start && !e.section47Enquiries.contains { $0.startDate == s.startDate }
        } + e.section47Enquiries
        e.childInNeedPlans = old.childInNeedPlans.filter { p in
            (p.span.end.map { $0 <= start } ?? false) && !e.childInNeedPlans.contains { $0.span.start == p.span.start }
        } + e.childInNeedPlans
        e.protectionPlans = old.protectionPlans.filter { p in
            (p.span.end.map { $0 <= start } ?? false) && !e.protectionPlans.contains { $0.span.start == p.span.start }
        } + e.protectionPlans
        for i in e.protectionPlans.indices {
            guard let plan = old.protectionPlans.first(where: { $0.span.start == e.protectionPlans[i].span.start }) else { continue }
            e.protectionPlans[i].reviews = Array(Set(plan.reviews.filter { $0 < start } + e.protectionPlans[i].reviews)).sorted()
        }
    }

    /// Carries into the census's episode `e` what the stored episode records from `after` on.
    static func continueAfterYear(_ e: inout ChildInNeedEpisode, _ old: ChildInNeedEpisode, after: Day) {
        if e.closureDate == nil, let closed = old.closureDate, closed >= after {
            e.closureDate = closed
            e.closureReason = old.closureReason
        }
        for i in e.childInNeedPlans.indices where e.childInNeedPlans[i].span.end == nil {
            if let plan = old.childInNeedPlans.first(where: { $0.span.start == e.childInNeedPlans[i].span.start }),
               let end = plan.span.end, end >= after { e.childInNeedPlans[i].span.end = end }
        }
        for i in e.protectionPlans.indices {
            guard let plan = old.protectionPlans.first(where: { $0.span.start == e.protectionPlans[i].span.start }) else { continue }
            e.protectionPlans[i].reviews = Array(Set(e.protectionPlans[i].reviews + plan.reviews.filter { $0 >= after })).sorted()
            if e.protectionPlans[i].span.end == nil, let end = plan.span.end, end >= after {
                e.protectionPlans[i].span.end = end
                e.protectionPlans[i].latestCategory = plan.latestCategory
            }
        }
        e.assessments += old.assessments.filter { $0.startDate >= after }
        e.section47Enquiries += old.section47Enquiries.filter { $0.startDate >= after }
        e.childInNeedPlans += old.childInNeedPlans.filter { $0.span.start >= after }
        e.protectionPlans += old.protectionPlans.filter { $0.span.start >= after }
    }
}
