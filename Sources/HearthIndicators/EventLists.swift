import Hearth

/// Builds every event population once, each sorted by date, so a window is a binary search.
enum EventLists {
    static func build(_ county: County, _ make: ItemMaker, careLeaverFrom: [Day?]) -> [Population: [CohortItem]] {
        var lists: [Population: [CohortItem]] = [:]
        for p in Population.allCases where !p.isSnapshot { lists[p] = [] }
        func add(_ p: Population, _ i: Int32, _ day: Day, _ a: Int, _ b: Int = -1) {
            lists[p, default: []].append(make.item(i, on: day, a: Int32(a), b: Int32(b)))
        }
        county.children.forEachInPlace { ci, c in
            let i = Int32(ci)
            c.pointee.childInNeedEpisodes.forEachInPlace { e, ep in
                add(.referrals, i, ep.pointee.referralDate, e)
                for (k, a) in ep.pointee.assessments.enumerated() {
                    if let d = a.authorisationDate { add(.assessmentsCompleted, i, d, e, k) }
                }
                for (k, s) in ep.pointee.section47Enquiries.enumerated() {
                    add(.section47Started, i, s.startDate, e, k)
                    if let d = s.conferenceDate { add(.conferencesHeld, i, d, e, k) }
                }
                for (k, p) in ep.pointee.protectionPlans.enumerated() {
                    add(.protectionPlansStarted, i, p.span.start, e, k)
                    if let d = p.span.end { add(.protectionPlansEnded, i, d, e, k) }
                }
            }
            for (k, m) in c.pointee.missingEpisodes.enumerated() {
                if let d = m.span.end { add(.missingEpisodesReturned, i, d, k) }
            }
            c.pointee.periodsOfCare.forEachInPlace { k, p in
                for (r, review) in p.pointee.reviews.enumerated() { add(.careReviews, i, review.date, k, r) }
                guard !p.pointee.isShortBreaksOnly else { return }
                add(.careStarted, i, p.pointee.span.start, k)
                if let d = p.pointee.span.end { add(.careEnded, i, d, k) }
                if let j = p.pointee.placements.firstIndex(where: { $0.type.isPlacedForAdoption }) {
                    add(.placedForAdoption, i, p.pointee.placements[j].span.start, k, j)
                }
            }
            for (k, j) in c.pointee.adoptions.enumerated() { add(.adoptionDecisions, i, j.decisionDate, k) }
            for (k, a) in c.pointee.audits.enumerated() {
                add(.auditsScheduled, i, a.scheduled, k)
                if let d = a.completed { add(.auditsCompleted, i, d, k) }
            }
            for (k, g) in c.pointee.documentGrades.enumerated() {
                add(g.document == .protectionConferenceReport ? .conferenceReportGrades : .carePlanGrades, i, g.date, k)
            }
            if let left = careLeaverFrom[ci], let dob = c.pointee.dateOfBirth {
                for age in 17...21 {
                    let birthday = dob.birthday(age)
                    if birthday >= left { add(.careLeaverBirthdays, i, birthday, age) }
                }
            }
        }
        for key in Array(lists.keys) { lists[key]!.sort { $0.date < $1.date } }
        return lists
    }
}
