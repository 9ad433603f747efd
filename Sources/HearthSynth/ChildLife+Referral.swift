import Hearth

/// Referral, assessment, section 47 enquiry and plans: the children-in-need side of a life.
extension ChildLife {
    /// How a children-in-need episode ended, for deciding whether the child can be referred again.
    enum EpisodeEnd {
        /// Still open at the extract, or the child's involvement ended for good (adopted,
        /// 18, care leaver, moved away).
        case finished
        case closed(Day)
    }

    /// Where the case goes next within an episode.
    enum Step {
        case close(Day, ReasonForClosure)
        case protectionPlan(Day)
        case childInNeedPlan(Day)
        case care(Day)
    }

    /// A child's involvement from the first referral on `first`: episodes and re-referrals until
    /// 18 or the extract date.
    mutating func live(fromFirstReferral first: Day, disabled: Bool) {
        var day = first
        recordEducationIdentifiers(at: day)
        while known(day) && day < birthday18 {
            switch referralEpisode(on: day, disabled: disabled) {
            case .finished: return
            case .closed(let closed):
                if rng.chance(ModelParameters.reReferralWithinYear) {
                    day = closed.adding(days: rng.int(10...365))
                } else if rng.chance(ModelParameters.reReferralLater) {
                    day = closed.adding(days: rng.int(366...1095))
                } else {
                    return
                }
            }
        }
    }

    /// One referral and everything that follows until the episode closes.
    mutating func referralEpisode(on day: Day, disabled: Bool) -> EpisodeEnd {
        let source = rng.pick(Self.referralSources)
        if rng.chance(0.4) {
            let earlier = day.adding(days: -rng.int(7...240))
            if earlier >= child.dateOfBirth! && (child.contacts.last.map { $0.date < earlier } ?? true) {
                child.contacts.append(Contact(date: earlier, source: rng.pick(Self.referralSources), ledToReferral: false))
            }
        }
        child.contacts.append(Contact(date: day, source: source, ledToReferral: true))
        var episode = ChildInNeedEpisode(id: nextID("R"), referralDate: day, referralSource: source,
                                         primaryNeed: disabled ? .n2 : rng.pick(Self.needs))
        moveCase(to: disabled ? disabilityTeam : cswt, on: day, reason: .fconta)
        let end = runEpisode(&episode, referral: day, disabled: disabled)
        child.childInNeedEpisodes.append(episode)
        return end
    }

    private mutating func runEpisode(_ episode: inout ChildInNeedEpisode, referral day: Day, disabled: Bool) -> EpisodeEnd {
        let age18 = birthday18
        var step: Step
        if rng.chance(ModelParameters.referralNFA) {
            episode.referralNFA = true
            step = .close(day.adding(days: rng.int(0...3)), .rc8)
        } else {
            guard let next = assess(&episode, referral: day, disabled: disabled) else { return .finished }
            step = next
        }
        while true {
            switch step {
            case .close(let d0, let reason):
                let d = min(d0, age18)
                guard known(d) else { return .finished }
                episode.closureDate = d
                episode.closureReason = d == age18 && disabled ? .rc6 : reason
                moveCase(to: nil, on: d, reason: nil)
                return d < age18 ? .closed(d) : .finished
            case .protectionPlan(let start):
                guard known(start) else { return .finished }
                guard start < age18 else { step = .close(age18, .rc7); continue }
                let months = rng.pick(Self.protectionPlanMonths)
                let planned = start.adding(days: max(40, Int(months * 30.44) + rng.int(-20...20)))
                let end = min(planned, age18)
                recordProtectionPlan(from: start, until: end, in: &episode)
                guard known(end) else { return .finished }
                if end == age18 { step = .close(end, .rc7); continue }
                let u = rng.uniform()
                if u < ModelParameters.careAfterProtectionPlan { step = .care(end) }
                else if u < ModelParameters.careAfterProtectionPlan + ModelParameters.stepDownAfterProtectionPlan { step = .childInNeedPlan(end) }
                else { step = .close(end.adding(days: rng.int(0...10)), .rc7) }
            case .childInNeedPlan(let start):
                guard known(start) else { return .finished }
                guard start < age18 else { step = .close(age18, disabled ? .rc6 : .rc7); continue }
                let days = disabled ? Int(rng.exponential(mean: 4.5 * 365)) + 180
                                    : Int(rng.exponential(mean: ModelParameters.childInNeedPlanMonths * 30.44 - 30)) + 30
                let end = min(start.adding(days: days), age18)
                var plan = ChildInNeedPlan(span: DaySpan(start: start, end: knownEnd(end)))
                plan.visits = schedule(first: start.adding(days: rng.int(3...20)), gap: 12...28, lateShare: 0.07, late: 29...45, until: end)
                episode.childInNeedPlans.append(plan)
                guard known(end) else { return .finished }
                if end == age18 { step = .close(end, disabled ? .rc6 : .rc7); continue }
                if rng.chance(disabled ? 0.02 : ModelParameters.careAfterChildInNeedPlan) { step = .care(end) }
                else { step = .close(end.adding(days: rng.int(0...14)), rng.chance(0.3) ? .rc9 : .rc7) }
            case .care(let entry):
                guard known(entry) else { return .finished }
                guard entry < age18 else { step = .close(age18, .rc7); continue }
                switch careEpisode(entry: entry, need: episode.primaryNeed, uasc: false, disabled: disabled) {
                case .stillLookedAfter: return .finished
                case .left(let d, let reason, let careLeaver):
                    if careLeaver || d >= age18 {
                        // The care-leaver service (or nobody) holds the case from here.
                        episode.closureDate = d
                        episode.closureReason = .rc7
                        if !careLeaver { moveCase(to: nil, on: d, reason: nil) }
                        return .finished
                    }
                    switch reason.rawValue {
                    case "E11", "E12": return finish(&episode, on: d, .rc1)
                    case "E2": return finish(&episode, on: d, .rc2)
                    case "E3": return finish(&episode, on: d, .rc5)
                    case "E41": step = .close(d, .rc3)
                    case "E45", "E46", "E47", "E48":
                        if rng.chance(0.3) {
                            // Special guardianship support from the Adoption & SG team.
                            moveCase(to: teams.adoption, on: d, reason: .tsproc)
                            step = .close(d.adding(days: rng.int(60...330)), .rc4)
                        } else { step = .close(d, .rc4) }
                    case "E4A", "E4B", "E13":
                        // Support continues at home for a while before the case closes.
                        moveCase(to: cswt, on: d, reason: .tsproc)
                        step = .close(d.adding(days: rng.int(20...200)), .rc7)
                    default: step = .close(d, .rc7)
                    }
                }
            }
        }
    }

    /// Closes the episode for good (adopted, died, moved to another council).
    private mutating func finish(_ episode: inout ChildInNeedEpisode, on d: Day, _ reason: ReasonForClosure) -> EpisodeEnd {
        if known(d) {
            episode.closureDate = d
            episode.closureReason = reason
            moveCase(to: nil, on: d, reason: nil)
        }
        return .finished
    }

    /// The child and family assessment and any section 47 enquiry; returns what follows, or nil
    /// when the assessment was still under way at the extract.
    private mutating func assess(_ episode: inout ChildInNeedEpisode, referral day: Day, disabled: Bool) -> Step? {
        let start = day.adding(days: rng.chance(0.7) ? rng.int(0...2) : rng.int(3...9))
        guard known(start) else { return nil }
        let duration = rng.chance(ModelParameters.assessmentWithin45) ? rng.int(6...45) : rng.int(46...85)
        let authorised = calendar.adding(workingDays: duration, to: start)
        var a = Assessment(id: nextID("A"), startDate: start)
        if rng.chance(ModelParameters.assessmentChildSeen) {
            let seen = start.adding(days: rng.int(0...min(10, start.days(to: authorised))))
            if known(seen) { a.childSeenDate = seen }
        }
        if known(authorised) { a.authorisationDate = authorised }
        a.factors = assessmentFactors(disabled: disabled)
        episode.assessments.append(a)

        var conference: Day? = nil
        if !disabled && rng.chance(ModelParameters.section47) {
            let s47 = start.adding(days: rng.int(0...6))
            if known(s47) {
                var e = Section47Enquiry(id: nextID("S"), startDate: s47)
                if rng.chance(ModelParameters.s47ChildSeen) {
                    let seen = s47.adding(days: rng.int(0...2))
                    if known(seen) { e.childSeenDate = seen }
                }
                e.conferenceTargetDate = calendar.adding(workingDays: 15, to: s47)
                if rng.chance(ModelParameters.conferenceAfterS47) {
                    let wd = rng.chance(ModelParameters.conferenceWithin15) ? rng.int(5...15) : rng.int(16...30)
                    let c = calendar.adding(workingDays: wd, to: s47)
                    if known(c) {
                        e.conferenceDate = c
                        if rng.chance(ModelParameters.planAfterConference) { conference = c }
                    }
                } else if known(s47.adding(days: 15)) {
                    e.conferenceNotRequired = true
                }
                episode.section47Enquiries.append(e)
            }
        }
        guard known(authorised) else {
            if let c = conference { return .protectionPlan(c) }
            return nil
        }
        if let c = conference { return .protectionPlan(c) }
        let u = rng.uniform()
        let next = authorised.adding(days: rng.int(0...10))
        if disabled {
            return u < 0.8 ? .childInNeedPlan(next) : .close(next, .rc8)
        }
        if u < ModelParameters.careAfterAssessment { return .care(next) }
        if u < ModelParameters.careAfterAssessment + ModelParameters.childInNeedPlanAfterAssessment { return .childInNeedPlan(next) }
        return .close(authorised.adding(days: rng.int(0...7)), rng.chance(0.72) ? .rc8 : .rc9)
    }

    private mutating func recordProtectionPlan(from start: Day, until end: Day, in episode: inout ChildInNeedEpisode) {
        let previous = child.childInNeedEpisodes.reduce(0) { $0 + $1.protectionPlans.count } + episode.protectionPlans.count
        let category = rng.pick(Self.abuseCategories)
        var plan = ChildProtectionPlan(id: nextID("CP"), span: DaySpan(start: start, end: knownEnd(end)),
                                       initialCategory: category,
                                       latestCategory: rng.chance(0.1) ? rng.pick(Self.abuseCategories) : category,
                                       numberOfPreviousPlans: previous)
        // Review conferences: within 3 months of the ICPC, then at most every 6 months.
        plan.reviews = schedule(first: start.adding(days: rng.int(70...90)), gap: 160...182, until: end)
        // Statutory visits at least every 10 working days (Kent id 11: 90% in timescale).
        plan.visits = schedule(first: start.adding(days: rng.int(1...9)), gap: 7...14, lateShare: 0.09, late: 15...24, until: end)
        if known(start) {
            child.documentGrades.append(DocumentGrade(document: .protectionConferenceReport, date: start,
                                                      grade: rng.pick(Self.conferenceReportGrades)))
        }
        for r in plan.reviews {
            child.documentGrades.append(DocumentGrade(document: .protectionConferenceReport, date: r,
                                                      grade: rng.pick(Self.conferenceReportGrades)))
        }
        episode.protectionPlans.append(plan)
    }

    private mutating func assessmentFactors(disabled: Bool) -> [AssessmentFactor] {
        if disabled { return rng.chance(0.7) ? ["5A"] : ["6A"] }
        var f: Set<String> = []
        let n = rng.int(1...3)
        for _ in 0..<n { f.insert(rng.pick(Self.factors)) }
        return f.sorted().map { AssessmentFactor(rawValue: $0) }
    }

    // MARK: Distributions (CIN census 2024 national shares, rounded)

    static let referralSources = WeightedTable<ReferralSource>([
        (.code6, 0.29), (.code2A, 0.2), (.code3A, 0.03), (.code3B, 0.03), (.code3C, 0.01), (.code3D, 0.01), (.code3E, 0.03),
        (.code3F, 0.04), (.code5A, 0.06), (.code5B, 0.03), (.code5C, 0.04), (.code5D, 0.02), (.code1A, 0.05),
        (.code1B, 0.01), (.code1C, 0.01), (.code1D, 0.01), (.code4, 0.02), (.code7, 0.02), (.code8, 0.05), (.code9, 0.02), (.code10, 0.01),
    ])
    static let needs = WeightedTable<NeedCode>([
        (.n1, 0.55), (.n2, 0.02), (.n3, 0.04), (.n4, 0.15), (.n5, 0.13), (.n6, 0.03), (.n7, 0.01), (.n8, 0.04), (.n9, 0.02), (.n0, 0.01),
    ])
    /// Category of need of a period of care for a child referred as N0 or N9: N1–N8 in the same
    /// proportions as referrals.
    static let careNeeds = WeightedTable<NeedCode>([
        (.n1, 0.55), (.n2, 0.02), (.n3, 0.04), (.n4, 0.15), (.n5, 0.13), (.n6, 0.03), (.n7, 0.01), (.n8, 0.04),
    ])
    static let abuseCategories = WeightedTable<CategoryOfAbuse>([(.neg, 0.48), (.emo, 0.35), (.phy, 0.07), (.sab, 0.04), (.mul, 0.06)])
    static let factors = WeightedTable<String>([
        ("3B", 0.3), ("4B", 0.3), ("2B", 0.15), ("1B", 0.12), ("16A", 0.15), ("17A", 0.2), ("18C", 0.06), ("19C", 0.04),
        ("4A", 0.15), ("15A", 0.05), ("24A", 0.03), ("11A", 0.03), ("10A", 0.03), ("21", 0.1), ("20", 0.05), ("7A", 0.02), ("5B", 0.03),
    ])
    /// CP plan length in months: most end within a year; 3–4% last two years (Kent id 14: 3.4%).
    static let protectionPlanMonths = WeightedTable<Double>([
        (3, 0.1), (4.5, 0.1), (6, 0.1), (7.5, 0.12), (9, 0.12), (10.5, 0.11), (12.5, 0.09), (14.5, 0.07), (16.5, 0.06),
        (19, 0.05), (22, 0.045), (26, 0.02), (32, 0.012),
    ])
}
