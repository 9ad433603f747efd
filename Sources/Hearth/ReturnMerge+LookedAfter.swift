// The SSDA903 slice of the merge: what a 903 says about a child's care over its years
// replaces what the store held for those years; what lies before (or after) them stays.

extension ReturnMerge {
    /// Merges the 903 slice of `r` into `c`; returns notes on anything the merge had to drop.
    static func mergeLookedAfter(into c: inout ChildRecord, from r: ChildRecord, window: DaySpan,
                                 years: [CollectionYear]) -> [MergeNote] {
        var notes: [MergeNote] = []
        mergePeriods(into: &c, from: r, window: window, notes: &notes)
        mergeMissing(into: &c, from: r, window: window)
        mergeUASC(into: &c, from: r)
        mergeCareLeaver(into: &c, from: r, window: window)
        let returnYears = Set(years)
        // An OC2 row with every outcome blank says only that the child was in the cohort, which
        // the periods of care already say; it does not displace or add a record.
        let blank = r.annualOutcomes.filter { $0 == AnnualOutcome(year: $0.year) }.map(\.year)
        let outcomes = r.annualOutcomes.filter { !blank.contains($0.year) }
        let replacedYears = returnYears.subtracting(blank)
        c.annualOutcomes = (c.annualOutcomes.filter { !replacedYears.contains($0.year) } + outcomes).sorted { $0.year < $1.year }
        mergeAdoptions(into: &c, from: r, window: window)
        if let prev = r.previousPermanence { c.previousPermanence = prev }
        return notes
    }

    // MARK: Periods of care

    /// A stored period is kept when it lies wholly outside the years and shares no day with a
    /// period in the return; the others are replaced by the return's periods, refined so that
    /// nothing the 903 cannot know is lost:
    /// - a returned period that continues earlier care (its first episode is not RNE S) is joined
    ///   onto the stored period it continues, keeping the stored legal statuses and placements
    ///   before the join;
    /// - a returned period still open at the end of the years continues into what the store holds
    ///   after them (a later change of placement or legal status, the end of care);
    /// - a placement the store holds with the same start and type keeps the stored carer (the 903
    ///   names no carer; the reader makes one up) and any URN or postcode the return leaves blank;
    /// - stored reviews dated outside the years, and the items the 903 does not carry (visits, IRO
    ///   contacts, health and dental checks, PEPs, the IHA referral), move to the merged period
    ///   covering their date; any that fall in none are dropped, with a note.
    static func mergePeriods(into c: inout ChildRecord, from r: ChildRecord, window: DaySpan, notes: inout [MergeNote]) {
        let storedPeriods = c.periodsOfCare
        var kept: [PeriodOfCare] = [], replaced: [PeriodOfCare] = []
        for p in storedPeriods {
            if !p.span.overlaps(window) && !r.periodsOfCare.contains(where: { $0.span.overlaps(p.span) }) {
                kept.append(p)
            } else {
                replaced.append(p)
            }
        }
        var merged: [PeriodOfCare] = []
        for var p in r.periodsOfCare {
            if p.continuesEarlierCare != nil,
               let earlier = replaced.first(where: { $0.span.start < p.span.start && $0.span.overlaps(p.span) }) {
                p = join(earlier, p)
            } else if let same = replaced.first(where: { $0.span.start == p.span.start }) {
                p.id = same.id
            }
            if p.span.end == nil, let end = window.end,
               let later = replaced.first(where: { s in
                   s.span.overlaps(p.span) && (s.span.end.map { $0 >= end } ?? true)
                       && (s.span.end != nil || s.legalStatuses.contains { $0.span.start >= end } || s.placements.contains { $0.span.start >= end })
               }) {
                p = continued(p, into: later, at: end)
            }
            for i in p.placements.indices {
                let pl = p.placements[i]
                guard let old = replaced.lazy.flatMap(\.placements).first(where: { $0.span.start == pl.span.start && $0.type == pl.type })
                else { continue }
                p.placements[i].carer = old.carer
                p.placements[i].urn = pl.urn ?? old.urn
                p.placements[i].postcode = pl.postcode ?? old.postcode
                p.placements[i].homePostcode = pl.homePostcode ?? old.homePostcode
            }
            merged.append(p)
        }
        // Carry what the 903 does not hold from the replaced periods into the merged ones.
        var dropped = 0
        for old in replaced {
            func target(_ day: Day) -> Int? { merged.firstIndex { $0.span.contains(day) || $0.span.end == day } }
            // The 903 holds the reviews of its years only: stored reviews outside them stay.
            for review in old.reviews where !window.contains(review.date) {
                if let i = target(review.date) {
                    if !merged[i].reviews.contains(where: { $0.date == review.date }) { merged[i].reviews.append(review) }
                } else { dropped += 1 }
            }
            for d in old.socialWorkerVisits { if let i = target(d) { merged[i].socialWorkerVisits.append(d) } else { dropped += 1 } }
            for d in old.iroContacts { if let i = target(d) { merged[i].iroContacts.append(d) } else { dropped += 1 } }
            for h in old.healthAssessments { if let i = target(h.date) { merged[i].healthAssessments.append(h) } else { dropped += 1 } }
            for d in old.dentalChecks { if let i = target(d) { merged[i].dentalChecks.append(d) } else { dropped += 1 } }
            for d in old.personalEducationPlans { if let i = target(d) { merged[i].personalEducationPlans.append(d) } else { dropped += 1 } }
            if let d = old.initialHealthAssessmentReferral {
                if let i = target(d), merged[i].initialHealthAssessmentReferral == nil { merged[i].initialHealthAssessmentReferral = d }
                else if target(d) == nil { dropped += 1 }
            }
        }
        for i in merged.indices {
            merged[i].reviews.sort { $0.date < $1.date }
            // The returned periods hold none of these, so nothing is doubled; a stable sort keeps
            // same-day records (two IRO contacts on one day) as the store had them.
            merged[i].socialWorkerVisits.sort()
            merged[i].iroContacts.sort()
            merged[i].healthAssessments = merged[i].healthAssessments.enumerated()
                .sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }.map(\.element)
            merged[i].dentalChecks.sort()
            merged[i].personalEducationPlans.sort()
        }
        if dropped > 0 {
            notes.append(MergeNote(child: c.id, message: "\(dropped) visits, IRO contacts, health or education records of replaced periods of care "
                                   + "fall outside the return's periods of care and were dropped"))
        }
        c.periodsOfCare = (kept + merged).sorted { $0.span.start < $1.span.start }
    }

    /// The stored period up to the day the returned one begins, then the returned one.
    static func join(_ earlier: PeriodOfCare, _ later: PeriodOfCare) -> PeriodOfCare {
        let at = later.span.start
        var p = later
        p.id = earlier.id
        p.span.start = earlier.span.start
        p.continuesEarlierCare = earlier.continuesEarlierCare
        p.legalStatuses = spliced(earlier.legalStatuses, later.legalStatuses, at: at, span: \.span) { $0.status == $1.status }
        p.placements = spliced(earlier.placements, later.placements, at: at, span: \.span) { a, b in
            a.type == b.type && a.provider == b.provider && a.urn == b.urn && a.postcode == b.postcode
                && (a.carer == b.carer || isMadeUp(b.carer))
        }
        p.initialHealthAssessmentReferral = later.initialHealthAssessmentReferral ?? earlier.initialHealthAssessmentReferral
        return p
    }

    /// A carer the 903 reader made up (the 903 names no carer): `903:` and the URN, placement
    /// type or postcode, or the child and date.
    static func isMadeUp(_ carer: CarerID?) -> Bool { carer?.rawValue.hasPrefix("903:") ?? false }

    /// The returned period (open at `at`, the end of the return's years), then what the stored one
    /// records from `at` on: legal statuses and placements starting then or later, and its end.
    /// The returned open spans run until the first stored one after them.
    static func continued(_ returned: PeriodOfCare, into stored: PeriodOfCare, at: Day) -> PeriodOfCare {
        var p = returned
        p.span.end = stored.span.end
        p.reasonEnded = stored.reasonEnded
        func extended<T>(_ head: [T], _ all: [T], _ span: WritableKeyPath<T, DaySpan>) -> [T] {
            let tail = all.filter { $0[keyPath: span].start >= at }
            var head = head
            if !head.isEmpty { head[head.count - 1][keyPath: span].end = tail.first?[keyPath: span].start ?? stored.span.end }
            return head + tail
        }
        p.legalStatuses = extended(returned.legalStatuses, stored.legalStatuses, \.span)
        p.placements = extended(returned.placements, stored.placements, \.span)
        if let cut = stored.placements.firstIndex(where: { $0.span.start >= at }), cut > 0, !returned.placements.isEmpty {
            p.placements[returned.placements.count - 1].reasonForChange = stored.placements[cut - 1].reasonForChange
        }
        return p
    }

    /// Spans of `before` cut at `at`, then `after`; where the cut span and the first of `after`
    /// are the same thing (`same`), they are one span from the earlier start.
    static func spliced<T>(_ before: [T], _ after: [T], at: Day, span: WritableKeyPath<T, DaySpan>, same: (T, T) -> Bool) -> [T] {
        var head = before.filter { $0[keyPath: span].start < at }
        if !head.isEmpty { head[head.count - 1][keyPath: span].end = at }
        guard var first = after.first else { return head }
        if let last = head.last, same(last, first) {
            first[keyPath: span].start = last[keyPath: span].start
            head.removeLast()
        }
        return head + [first] + after.dropFirst()
    }

    // MARK: Missing, UASC, care leavers, adoption

    /// The 903 holds missing episodes while looked after: a stored one that starts in the years on
    /// a day the child was looked after (as merged) is replaced; others stay unless a returned
    /// episode shares a day with them.
    static func mergeMissing(into c: inout ChildRecord, from r: ChildRecord, window: DaySpan) {
        // The return interview is not in the 903: it stays from the stored episode with the same
        // start, as does an end after the years for an episode the return shows still open.
        let returned = r.missingEpisodes.map { m -> MissingEpisode in
            guard let old = c.missingEpisodes.first(where: { $0.span.start == m.span.start }) else { return m }
            var m = m
            if m.span.end == nil, let oldEnd = old.span.end, let end = window.end, oldEnd >= end { m.span.end = oldEnd }
            m.returnInterviewOffered = m.returnInterviewOffered ?? old.returnInterviewOffered
            m.returnInterviewAccepted = m.returnInterviewAccepted ?? old.returnInterviewAccepted
            m.returnInterviewCompleted = m.returnInterviewCompleted ?? old.returnInterviewCompleted
            return m
        }
        let kept = c.missingEpisodes.filter { m in
            let replaced = window.contains(m.span.start) && c.isLookedAfter(on: m.span.start)
            return !replaced && !returned.contains { $0.span.overlaps(m.span) }
        }
        c.missingEpisodes = (kept + returned).sorted { $0.span.start < $1.span.start }
    }

    /// The 903 gives only the date UASC status ceased, and the reader takes the start from the
    /// care it holds; so a stored span sharing a day with the returned one keeps its (earlier
    /// or better-known) start and takes the returned end. Without a UASC row the stored spans stay.
    static func mergeUASC(into c: inout ChildRecord, from r: ChildRecord) {
        guard let returned = r.uasc.last else { return }
        let overlapping = c.uasc.filter { $0.overlaps(returned) }
        var kept = c.uasc.filter { !$0.overlaps(returned) }
        let start = overlapping.map(\.start).min() ?? returned.start
        kept.append(DaySpan(start: start, end: returned.end))
        c.uasc = kept.sorted { $0.start < $1.start }
    }

    /// OC3 gives one contact a year, which the reader dates by the birthday (`OC3Cohort.contactDate`),
    /// not on the day it was made; the writer reports the stored contact nearest the birthday from
    /// 3 months before to 1 month after it. So a returned contact corrects the values of that
    /// stored contact, keeping its date, or is added when the store has none in that window. Other stored contacts, pathway plan reviews and the personal adviser (none of
    /// them in the 903) stay.
    static func mergeCareLeaver(into c: inout ChildRecord, from r: ChildRecord, window: DaySpan) {
        guard let returned = r.careLeaver, !returned.contacts.isEmpty else { return }
        var record = c.careLeaver ?? CareLeaverRecord()
        for contact in returned.contacts {
            let from = contact.date.adding(months: -3), to = contact.date.adding(months: 1)
            let near = record.contacts.indices.filter { record.contacts[$0].date >= from && record.contacts[$0].date <= to }
            func distance(_ i: Int) -> (Int, Day) { (abs(record.contacts[i].date.days(to: contact.date)), record.contacts[i].date) }
            if let nearest = near.min(by: { distance($0) < distance($1) }) {
                record.contacts[nearest].inTouch = contact.inTouch
                record.contacts[nearest].activity = contact.activity
                record.contacts[nearest].accommodation = contact.accommodation
            } else {
                record.contacts.append(contact)
            }
        }
        record.contacts.sort { $0.date < $1.date }
        c.careLeaver = record
    }

    /// Journeys are matched by the decision date. The return's recorded values (match date,
    /// adopters, reversal) win and its blanks keep the stored value; the dates the reader derives
    /// from the episodes (placement order, placed, adoption order) fill only what the store lacks.
    /// A stored journey decided in the years that the return does not have is dropped; one decided
    /// outside them stays.
    static func mergeAdoptions(into c: inout ChildRecord, from r: ChildRecord, window: DaySpan) {
        var byDecision: [Day: AdoptionJourney] = [:]
        for a in c.adoptions where !window.contains(a.decisionDate) { byDecision[a.decisionDate] = a }
        let stored = Dictionary(c.adoptions.map { ($0.decisionDate, $0) }, uniquingKeysWith: { a, _ in a })
        for var a in r.adoptions {
            if let old = stored[a.decisionDate] {
                a.placementOrderDate = old.placementOrderDate ?? a.placementOrderDate
                a.matchedDate = a.matchedDate ?? old.matchedDate
                a.placedDate = old.placedDate ?? a.placedDate
                a.adoptionOrderDate = old.adoptionOrderDate ?? a.adoptionOrderDate
                a.decisionReversedDate = a.decisionReversedDate ?? old.decisionReversedDate
                a.decisionReversedReason = a.decisionReversedReason ?? old.decisionReversedReason
                a.byFosterCarer = a.byFosterCarer ?? old.byFosterCarer
                a.numberOfAdopters = a.numberOfAdopters ?? old.numberOfAdopters
                a.adopterSex = a.adopterSex ?? old.adopterSex
                a.adopterLegalStatus = a.adopterLegalStatus ?? old.adopterLegalStatus
            }
            byDecision[a.decisionDate] = a
        }
        c.adoptions = byDecision.keys.sorted().map { byDecision[$0]! }
    }
}
