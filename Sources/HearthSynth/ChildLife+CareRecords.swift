import Hearth

/// The statutory work recorded while a child is looked after: reviews, visits, health,
/// education, and the annual OC2 outcomes. Timescales follow the Care Planning Regulations
/// (first review within 20 working days, the second 3 months later, then 6-monthly; visits at
/// least every 6 weeks; health assessments 6-monthly under 5 and yearly after), with the
/// in-timescale shares of Kent's Jan 2017 scorecard (ids 21–25).
extension ChildLife {
    mutating func recordCareActivity(_ period: inout PeriodOfCare, until end: Day) {
        let entry = period.span.start
        let dob = child.dateOfBirth!

        let iha = calendar.adding(workingDays: rng.chance(ModelParameters.ihaReferralWithin5) ? rng.int(0...5) : rng.int(6...25), to: entry)
        if iha < end && known(iha) { period.initialHealthAssessmentReferral = iha }

        // Reviews: 20 working days, then 3 months, then every 6 months (Kent id 22: 98.6% in time).
        let first = calendar.adding(workingDays: rng.chance(0.97) ? rng.int(12...20) : rng.int(21...30), to: entry)
        var reviewDays: [Day] = []
        if first < end && known(first) {
            reviewDays.append(first)
            let second = first.adding(days: rng.chance(0.97) ? rng.int(70...91) : rng.int(92...110))
            reviewDays += schedule(first: second, gap: 150...182, lateShare: 0.02, late: 183...200, until: end)
        }
        for d in reviewDays {
            let age = dob.age(on: d)
            period.reviews.append(CarePlanReview(date: d, participation: age < 4 ? .pn0 : rng.pick(Self.participation)))
            child.documentGrades.append(DocumentGrade(document: .carePlan, date: d, grade: rng.pick(Self.carePlanGrades)))
        }
        // IRO contact at each review and once between reviews.
        var iro: [Day] = []
        for d in reviewDays {
            iro.append(d)
            let mid = d.adding(days: rng.int(40...80))
            if mid < end && known(mid) && rng.chance(0.8) { iro.append(mid) }
        }
        period.iroContacts = iro.sorted()

        period.socialWorkerVisits = schedule(first: entry.adding(days: rng.int(1...7)), gap: 21...42, lateShare: 0.05, late: 43...56, until: end)

        // Health: initial assessment within 20 working days, reviews 6-monthly under 5, yearly after.
        let initial = calendar.adding(workingDays: rng.chance(0.85) ? rng.int(8...20) : rng.int(21...45), to: entry)
        if initial < end && known(initial) {
            period.healthAssessments.append(HealthAssessment(date: initial, kind: .initial))
            var d = initial
            while true {
                let under5 = dob.age(on: d) < 5
                d = d.adding(days: rng.chance(0.9) ? (under5 ? rng.int(150...182) : rng.int(300...365)) : (under5 ? rng.int(183...230) : rng.int(366...430)))
                guard d < end && known(d) else { break }
                period.healthAssessments.append(HealthAssessment(date: d, kind: .review))
            }
        }
        if dob.age(on: entry) >= 1 || entry.days(to: end) > 365 {
            let firstDental = max(entry.adding(days: rng.int(20...100)), dob.birthday(1))
            period.dentalChecks = schedule(first: firstDental, gap: 270...365, lateShare: 0.08, late: 366...430, until: end)
        }
        // Personal education plans for school-age children, termly.
        let peps = schedule(first: calendar.adding(workingDays: rng.int(5...20), to: entry), gap: 80...150, lateShare: 0.06, late: 151...220, until: end)
        period.personalEducationPlans = peps.filter { (5...16).contains(dob.age(on: $0)) }

        recordAnnualOutcomes(entry: entry, end: end)
    }

    /// 903 OC2 rows: one per 31 March on which the child had been looked after continuously for
    /// at least 12 months (since 1 April at the latest), within recorded history.
    private mutating func recordAnnualOutcomes(entry: Day, end: Day) {
        let dob = child.dateOfBirth!
        var year = ctx.historyStart.year
        while true {
            let march31 = Day(year, 3, 31)
            year += 1
            if march31 > extract { break }
            // Looked after through the year: in care by 1 April and not left before 31 March
            // (OC2Cohort, the DfE test of rule 191: leaving on 31 March itself still counts).
            let yearStart = march31.adding(years: -1).adding(days: 1)
            guard march31 >= ctx.historyStart, march31 <= end, entry <= yearStart else { continue }
            let age = dob.age(on: march31)
            var o = AnnualOutcome(year: CollectionYear(containing: march31))
            // SDQ (903 rules 157, 186, 188, 189, 197B): none under 4 on 31 March or already 17
            // before 1 April; SDQ1 for one who turned 17 during the year; otherwise a score or SDQ2–SDQ5.
            let outOfAgeRange = dob.adding(years: 4) > march31 || dob.adding(years: 17) < yearStart
            if !outOfAgeRange {
                if dob.adding(years: 17) <= march31 { o.sdqReason = .sdq1 }
                else if rng.chance(0.8) { o.sdqScore = min(40, max(0, Int(14 + rng.normal() * 7))) }
                else { o.sdqReason = rng.pick(Self.sdqReasons) }
            }
            // Convictions are asked from age 10, health (development) checks under 5 (903 rules 542, 546).
            o.convicted = age >= 10 ? rng.chance(0.04) : nil
            let checked = rng.chance(0.89)
            o.healthCheck = age < 5 ? checked : nil
            o.immunisations = rng.chance(0.86)
            o.teethCheck = rng.chance(0.9)
            o.healthAssessment = checked
            o.substanceMisuse = age >= 10 ? rng.chance(0.03) : false
            if o.substanceMisuse == true {
                // INTERVENTION_OFFERED is asked only when none was received (903 rule 158).
                o.interventionReceived = rng.chance(0.6)
                if o.interventionReceived == false { o.interventionOffered = rng.chance(0.7) }
            }
            child.annualOutcomes.append(o)
        }
    }

    static let participation = WeightedTable<ReviewParticipation>([
        (.pn1, 0.5), (.pn2, 0.08), (.pn3, 0.05), (.pn4, 0.05), (.pn5, 0.1), (.pn6, 0.18), (.pn7, 0.04),
    ])
    static let sdqReasons = WeightedTable<SDQReason>([(.sdq2, 0.2), (.sdq3, 0.2), (.sdq4, 0.3), (.sdq5, 0.3)])
}
