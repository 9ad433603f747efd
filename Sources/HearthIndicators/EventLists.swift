import Hearth

/// Builds every event population once, each sorted by date, so a window is a binary search.
enum EventLists {
    static func build(_ county: County, _ make: ItemMaker, careLeaverFrom: [Day?]) -> [Population: [CohortItem]] {
        var lists: [Population: [CohortItem]] = [:]
        for p in Population.allCases where !p.isSnapshot { lists[p] = [] }
        func add(_ p: Population, _ i: Int32, _ day: Day, _ a: Int, _ b: Int = -1) {
            lists[p, default: []].append(make.item(i, on: day, a: Int32(a), b: Int32(b)))
        }
        for (ci, c) in county.children.enumerated() {
            let i = Int32(ci)
            for (e, ep) in c.childInNeedEpisodes.enumerated() {
                add(.referrals, i, ep.referralDate, e)
                for (k, a) in ep.assessments.enumerated() {
                    if let d = a.authorisationDate { add(.assessmentsCompleted, i, d, e, k) }
                }
                for (k, s) in ep.section47Enquiries.enumerated() {
                    add(.section47Started, i, s.startDate, e, k)
                    if let d = s.conferenceDate { add(.conferencesHeld, i, d, e, k) }
                }
                for (k, p) in ep.protectionPlans.enumerated() {
                    add(.protectionPlansStarted, i, p.span.start, e, k)
                    if let d = p.span.end { add(.protectionPlansEnded, i, d, e, k) }
                }
            }
            for (k, m) in c.missingEpisodes.enumerated() {
                if let d = m.span.end { add(.missingEpisodesReturned, i, d, k) }
            }
            for (k, p) in c.periodsOfCare.enumerated() {
                for (r, review) in p.reviews.enumerated() { add(.careReviews, i, review.date, k, r) }
                guard !p.isShortBreaksOnly else { continue }
                add(.careStarted, i, p.span.start, k)
                if let d = p.span.end { add(.careEnded, i, d, k) }
                if let j = p.placements.firstIndex(where: { $0.type.isPlacedForAdoption }) {
                    add(.placedForAdoption, i, p.placements[j].span.start, k, j)
                }
            }
            for (k, j) in c.adoptions.enumerated() { add(.adoptionDecisions, i, j.decisionDate, k) }
            for (k, a) in c.audits.enumerated() {
                add(.auditsScheduled, i, a.scheduled, k)
                if let d = a.completed { add(.auditsCompleted, i, d, k) }
            }
            for (k, g) in c.documentGrades.enumerated() {
                add(g.document == .protectionConferenceReport ? .conferenceReportGrades : .carePlanGrades, i, g.date, k)
            }
            if let left = careLeaverFrom[ci], let dob = c.dateOfBirth {
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
