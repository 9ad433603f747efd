import Hearth

/// A child's record as one time-ordered list: every contact, referral, assessment, enquiry, plan,
/// period of care, placement, legal status, review, missing episode and allocation.
/// Visits are left out: they are counted by the indicators, and would swamp the story.
public struct ChronologyEntry: Sendable, Hashable {
    public var date: Day
    public var kind: String
    public var detail: String
}

public enum Chronology {
    public static func entries(for child: ChildRecord, in county: County) -> [ChronologyEntry] {
        var out: [ChronologyEntry] = []
        func add(_ d: Day, _ k: String, _ t: String) { out.append(ChronologyEntry(date: d, kind: k, detail: t)) }
        func m<C: Code>(_ c: C) -> String { c.meaning.map { "\(c.rawValue) \($0)" } ?? c.rawValue }
        let teamName = Dictionary(county.teams.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        let workerName = Dictionary(county.workers.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })

        if let dob = child.dateOfBirth { add(dob, "Birth", "Date of birth") }
        for c in child.contacts {
            add(c.date, "Contact", "Contact from \(m(c.source))\(c.ledToReferral ? ", led to a referral" : ", no referral")")
        }
        for e in child.childInNeedEpisodes {
            add(e.referralDate, "Referral", "Referral from \(m(e.referralSource)); primary need \(m(e.primaryNeed))\(e.referralNFA ? "; no further action" : "")")
            for a in e.assessments {
                add(a.startDate, "Assessment", "C&F assessment started")
                if let d = a.authorisationDate { add(d, "Assessment", "C&F assessment completed and authorised") }
            }
            for s in e.section47Enquiries {
                add(s.startDate, "Section 47", "Section 47 enquiry started")
                if let d = s.conferenceDate { add(d, "Conference", "Initial child protection conference") }
            }
            for p in e.childInNeedPlans {
                add(p.span.start, "CIN plan", "Child in need plan started")
                if let end = p.span.end { add(end, "CIN plan", "Child in need plan ended") }
            }
            for p in e.protectionPlans {
                add(p.span.start, "CP plan", "Child protection plan started, category \(m(p.initialCategory))")
                for r in p.reviews { add(r, "Review", "Child protection review conference") }
                if let end = p.span.end { add(end, "CP plan", "Child protection plan ended") }
            }
            if let d = e.closureDate {
                add(d, "Closure", "Case closed\(e.closureReason.map { ": \(m($0))" } ?? "")")
            }
        }
        for p in child.periodsOfCare {
            add(p.span.start, "Care", "Became looked after (period \(p.id)), category of need \(m(p.categoryOfNeed))")
            for (i, l) in p.legalStatuses.enumerated() {
                add(l.span.start, "Legal status", (i == 0 ? "Legal status " : "Legal status changed to ") + m(l.status))
            }
            for (i, pl) in p.placements.enumerated() {
                var t = (i == 0 ? "Placed: " : "Placement changed: ") + m(pl.type)
                if let pr = pl.provider { t += ", provider \(m(pr))" }
                add(pl.span.start, "Placement", t)
                if let r = pl.reasonForChange, let end = pl.span.end { add(end, "Placement", "Placement ended: \(m(r))") }
            }
            for r in p.reviews {
                add(r.date, "Review", "Looked-after review\(r.participation.map { ", participation \(m($0))" } ?? "")")
            }
            if let end = p.span.end {
                add(end, "Care", "Ceased to be looked after\(p.reasonEnded.map { ": \(m($0))" } ?? "")")
            }
        }
        for mi in child.missingEpisodes {
            add(mi.span.start, "Missing", mi.kind.rawValue == "A" ? "Away from placement without authorisation" : "Missing")
            if let end = mi.span.end { add(end, "Missing", "Returned") }
            if let d = mi.returnInterviewCompleted { add(d, "Missing", "Return interview completed") }
        }
        for a in child.allocations {
            let who = a.worker.map { workerName[$0] ?? $0.rawValue } ?? "no named worker"
            add(a.span.start, "Allocation", "Allocated to \(teamName[a.team] ?? a.team.rawValue), \(who)")
        }
        for a in child.adoptions {
            add(a.decisionDate, "Adoption", "Decision that the child should be placed for adoption")
            if let d = a.placedDate { add(d, "Adoption", "Placed with adopters") }
            if let d = a.adoptionOrderDate { add(d, "Adoption", "Adoption order") }
            if let d = a.decisionReversedDate { add(d, "Adoption", "Adoption decision reversed") }
        }
        for o in child.permanenceOrders {
            add(o.date, "Order", o.kind == .specialGuardianship ? "Special guardianship order" : "Child arrangements order")
        }
        for f in child.privateFostering {
            add(f.span.start, "Private fostering", "Private fostering arrangement notified")
            if let end = f.span.end { add(end, "Private fostering", "Private fostering arrangement ended") }
        }
        if let cl = child.careLeaver {
            for c in cl.contacts { add(c.date, "Care leaver", "Contact: \(m(c.inTouch))") }
        }
        // Stable: events on the same day keep the order they were added (the record's own order).
        return out.enumerated().sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }.map(\.element)
    }
}
