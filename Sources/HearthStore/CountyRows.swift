import Hearth

/// Flattens the case model into table rows. The column order of every row is the column order
/// in `Schema`; the round-trip test fills every field to prove the two agree.
struct CountyRows {
    let council: String
    private(set) var tables: [String: [[Cell]]] = [:]

    init(council: String) { self.council = council }

    private mutating func add(_ table: Table, _ cells: [Cell]) {
        tables[table.name, default: []].append([.text(council)] + cells)
    }

    // MARK: Council and structure

    mutating func addStructure(of county: County, savedAt: String, savedBy: String) {
        add(Schema.councils, [.text(county.name), .day(county.extractDate), .text(savedAt), .text(savedBy)])
        for (i, a) in county.areas.enumerated() {
            add(Schema.areas, [.int(i), .id(a.id), .text(a.name)])
        }
        for (i, t) in county.teams.enumerated() {
            add(Schema.teams, [.int(i), .id(t.id), .text(t.name), .text(t.kind.rawValue), .id(t.area), .string(t.district)])
        }
        for (i, w) in county.workers.enumerated() {
            add(Schema.workers, [.int(i), .id(w.id), .text(w.name), .id(w.team), .text(w.role.rawValue),
                                 .bool(w.qualified), .text(w.employment.rawValue), .real(w.fte),
                                 .day(w.employed.start), .day(w.employed.end)])
        }
        for (i, p) in county.posts.enumerated() {
            add(Schema.posts, [.int(i), .id(p.id), .id(p.team), .real(p.fte), .bool(p.caseholding)])
            for (j, h) in p.holders.enumerated() {
                add(Schema.postHoldings, [.int(i), .int(j), .id(h.worker), .day(h.span.start), .day(h.span.end)])
            }
        }
        for (i, f) in county.fosteringHouseholds.enumerated() {
            add(Schema.fosteringHouseholds, [.int(i), .id(f.id), .text(f.kind.rawValue), .id(f.supervisingWorker),
                                             .day(f.approved.start), .day(f.approved.end), .string(f.postcode)])
        }
        for (postcode, g) in county.postcodes {
            add(Schema.postcodes, [.text(postcode), .int(g.easting), .int(g.northing)])
        }
    }

    // MARK: A child's record

    mutating func addChild(_ c: ChildRecord, seq: Int, version: Int) {
        let id = Cell.id(c.id)
        add(Schema.children, [
            id, .int(seq), .int(version), .day(c.dateOfBirth), .day(c.expectedDateOfBirth), .code(c.ethnicity),
            .string(c.upn), .string(c.formerUPN), .code(c.upnUnknown), .day(c.dateOfDeath), .string(c.homePostcode),
            .bool(c.isMother), .day(c.firstChildDateOfBirth), .bool(c.careLeaver != nil),
            .id(c.careLeaver?.personalAdviser), .code(c.previousPermanence?.kind),
            .string(c.previousPermanence?.localAuthority), .string(c.previousPermanence?.date),
        ])
        for (i, s) in c.sex.enumerated() { add(Schema.sexRecords, [id, .int(i), .code(s.sex), .day(s.recorded)]) }
        for (i, d) in c.disabilities.enumerated() { add(Schema.disabilities, [id, .int(i), .code(d)]) }
        for (i, s) in c.uasc.enumerated() { add(Schema.uascSpans, [id, .int(i), .day(s.start), .day(s.end)]) }
        for (i, k) in c.contacts.enumerated() {
            add(Schema.contacts, [id, .int(i), .day(k.date), .code(k.source), .bool(k.ledToReferral)])
        }
        for (e, ep) in c.childInNeedEpisodes.enumerated() { addEpisode(ep, seq: e, child: id) }
        for (p, period) in c.periodsOfCare.enumerated() { addPeriod(period, seq: p, child: id) }
        for (i, m) in c.missingEpisodes.enumerated() {
            add(Schema.missingEpisodes, [id, .int(i), .code(m.kind), .day(m.span.start), .day(m.span.end),
                                         .bool(m.returnInterviewOffered), .bool(m.returnInterviewAccepted),
                                         .day(m.returnInterviewCompleted)])
        }
        if let leaver = c.careLeaver {
            for (i, k) in leaver.contacts.enumerated() {
                add(Schema.careLeaverContacts, [id, .int(i), .day(k.date), .code(k.inTouch), .code(k.activity),
                                                .code(k.accommodation)])
            }
            events(.pathwayPlanReview, leaver.pathwayPlanReviews, child: id)
        }
        for (i, a) in c.adoptions.enumerated() {
            add(Schema.adoptions, [id, .int(i), .day(a.decisionDate), .day(a.placementOrderDate), .day(a.matchedDate),
                                   .day(a.placedDate), .day(a.adoptionOrderDate), .day(a.decisionReversedDate),
                                   .code(a.decisionReversedReason), .bool(a.byFosterCarer), .number(a.numberOfAdopters),
                                   .code(a.adopterSex), .code(a.adopterLegalStatus)])
        }
        for (i, o) in c.permanenceOrders.enumerated() {
            add(Schema.permanenceOrders, [id, .int(i), .text(o.kind.rawValue), .day(o.date)])
        }
        for (i, f) in c.privateFostering.enumerated() {
            add(Schema.privateFostering, [id, .int(i), .day(f.span.start), .day(f.span.end)])
            events(.privateFosteringVisit, f.visits, child: id, outer: i)
        }
        for (i, a) in c.allocations.enumerated() {
            add(Schema.allocations, [id, .int(i), .id(a.team), .id(a.worker), .day(a.span.start), .day(a.span.end),
                                     .code(a.reason)])
        }
        for (i, a) in c.audits.enumerated() {
            add(Schema.audits, [id, .int(i), .day(a.scheduled), .day(a.completed), .string(a.grade?.rawValue),
                                .id(a.auditor)])
        }
        for (i, g) in c.documentGrades.enumerated() {
            add(Schema.documentGrades, [id, .int(i), .text(g.document.rawValue), .day(g.date), .text(g.grade.rawValue)])
        }
        for (i, o) in c.annualOutcomes.enumerated() {
            add(Schema.annualOutcomes, [id, .int(i), .int(o.year.startYear), .number(o.sdqScore), .code(o.sdqReason),
                                        .bool(o.convicted), .bool(o.healthCheck), .bool(o.immunisations),
                                        .bool(o.teethCheck), .bool(o.healthAssessment), .bool(o.substanceMisuse),
                                        .bool(o.interventionReceived), .bool(o.interventionOffered)])
        }
    }

    private mutating func addEpisode(_ ep: ChildInNeedEpisode, seq e: Int, child id: Cell) {
        add(Schema.cinEpisodes, [id, .int(e), .text(ep.id), .day(ep.referralDate), .code(ep.referralSource),
                                 .bool(ep.referralNFA), .code(ep.primaryNeed), .day(ep.closureDate),
                                 .code(ep.closureReason)])
        for (j, a) in ep.assessments.enumerated() {
            add(Schema.assessments, [id, .int(e), .int(j), .text(a.id), .day(a.startDate), .day(a.childSeenDate),
                                     .day(a.authorisationDate), .day(a.internalReviewDate)])
            for (k, f) in a.factors.enumerated() {
                add(Schema.assessmentFactors, [id, .int(e), .int(j), .int(k), .code(f)])
            }
        }
        for (j, s) in ep.section47Enquiries.enumerated() {
            add(Schema.section47Enquiries, [id, .int(e), .int(j), .text(s.id), .day(s.startDate), .day(s.childSeenDate),
                                            .day(s.conferenceTargetDate), .day(s.conferenceDate),
                                            .bool(s.conferenceNotRequired)])
        }
        for (j, plan) in ep.childInNeedPlans.enumerated() {
            add(Schema.cinPlans, [id, .int(e), .int(j), .day(plan.span.start), .day(plan.span.end)])
            events(.cinPlanVisit, plan.visits, child: id, outer: e, inner: j)
        }
        for (j, plan) in ep.protectionPlans.enumerated() {
            add(Schema.protectionPlans, [id, .int(e), .int(j), .text(plan.id), .day(plan.span.start), .day(plan.span.end),
                                         .code(plan.initialCategory), .code(plan.latestCategory),
                                         .number(plan.numberOfPreviousPlans)])
            events(.protectionReview, plan.reviews, child: id, outer: e, inner: j)
            events(.protectionVisit, plan.visits, child: id, outer: e, inner: j)
        }
    }

    private mutating func addPeriod(_ period: PeriodOfCare, seq p: Int, child id: Cell) {
        add(Schema.periodsOfCare, [id, .int(p), .text(period.id), .day(period.span.start), .day(period.span.end),
                                   .code(period.reasonEnded), .code(period.categoryOfNeed),
                                   .day(period.initialHealthAssessmentReferral)])
        for (j, l) in period.legalStatuses.enumerated() {
            add(Schema.legalStatuses, [id, .int(p), .int(j), .day(l.span.start), .day(l.span.end), .code(l.status)])
        }
        for (j, pl) in period.placements.enumerated() {
            add(Schema.placements, [id, .int(p), .int(j), .day(pl.span.start), .day(pl.span.end), .code(pl.type),
                                    .code(pl.provider), .id(pl.carer), .string(pl.urn), .string(pl.postcode),
                                    .string(pl.homePostcode), .code(pl.reasonForChange)])
        }
        for (j, r) in period.reviews.enumerated() {
            add(Schema.carePlanReviews, [id, .int(p), .int(j), .day(r.date), .code(r.participation)])
        }
        for (j, h) in period.healthAssessments.enumerated() {
            add(Schema.healthAssessments, [id, .int(p), .int(j), .day(h.date), .text(h.kind.rawValue)])
        }
        events(.socialWorkerVisit, period.socialWorkerVisits, child: id, outer: p)
        events(.iroContact, period.iroContacts, child: id, outer: p)
        events(.dentalCheck, period.dentalChecks, child: id, outer: p)
        events(.personalEducationPlan, period.personalEducationPlans, child: id, outer: p)
    }

    private mutating func events(_ kind: DatedEventKind, _ days: [Day], child id: Cell, outer: Int = 0, inner: Int = 0) {
        for (i, d) in days.enumerated() {
            add(Schema.datedEvents, [id, .text(kind.rawValue), .int(outer), .int(inner), .int(i), .day(d)])
        }
    }
}

extension Cell {
    static func day(_ d: Day?) -> Cell { d.map { .int(Int($0.ordinal)) } ?? .null }
    static func day(_ d: Day) -> Cell { .int(Int(d.ordinal)) }
    static func code<C: Code>(_ c: C?) -> Cell { c.map { .text($0.rawValue) } ?? .null }
    static func id<I: Identifier>(_ i: I?) -> Cell { i.map { .text($0.rawValue) } ?? .null }
    static func string(_ s: String?) -> Cell { s.map { .text($0) } ?? .null }
    static func number(_ i: Int?) -> Cell { i.map { .int($0) } ?? .null }
    static func bool(_ b: Bool?) -> Cell { b.map { .int($0 ? 1 : 0) } ?? .null }
}
