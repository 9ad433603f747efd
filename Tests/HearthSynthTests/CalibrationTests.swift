import Hearth
import HearthSynth
import Testing

/// `--scale 1` must land within ±15% of the six Kent activity figures (issue 2).
@Suite struct CalibrationTests {
    @Test func sixKentFiguresWithinFifteenPercent() {
        let activity = CountyActivity(county: SynthFixtures.kent.county)
        for (i, target) in CountyActivity.kentTargets.enumerated() {
            let value = Double(activity.calibrationFigures[i])
            #expect(abs(value / target.value - 1) <= 0.15, "\(target.name): generated \(Int(value)), Kent \(Int(target.value))")
        }
    }

    @Test func generatedCountyBreaksNoInvariant() {
        let run = SynthFixtures.kent
        #expect(run.rejected.isEmpty, "\(run.rejected.prefix(5))")
        let violations = run.county.violations()
        #expect(violations.isEmpty, "\(violations.prefix(5))")
    }

    @Test func workforceMatchesKentStaffing() {
        let county = SynthFixtures.kent.county
        let day = county.extractDate
        let caseholding = county.posts.filter(\.caseholding)
        let fte = caseholding.reduce(0.0) { $0 + $1.fte }
        let workers = Dictionary(uniqueKeysWithValues: county.workers.map { ($0.id, $0) })
        let agency = caseholding.filter { p in p.holder(on: day).flatMap { workers[$0] }?.employment == .agency }.reduce(0.0) { $0 + $1.fte }
        #expect(abs(fte - 527) < 10)
        #expect((0.07...0.22).contains(agency / fte), "agency share \(agency / fte)")
        #expect(Set(county.teams.map(\.kind)).isSuperset(of: [.childrensSocialWork, .childrenInCare, .disability, .uascService, .careLeavers, .adoption, .fostering]))
        #expect(county.teams.filter { $0.kind == .childrensSocialWork }.count == 12)
    }

    @Test func timescalesLookLikeKent() {
        let county = SynthFixtures.kent.county
        let calendar = WorkingDayCalendar.englandAndWales
        var assessments = 0, within45 = 0, conferences = 0, within15 = 0
        for child in county.children {
            for e in child.childInNeedEpisodes {
                for a in e.assessments { if let auth = a.authorisationDate { assessments += 1; if calendar.isWithin(45, workingDaysOf: a.startDate, event: auth) { within45 += 1 } } }
                for s in e.section47Enquiries { if let c = s.conferenceDate { conferences += 1; if calendar.isWithin(15, workingDaysOf: s.startDate, event: c) { within15 += 1 } } }
            }
        }
        #expect((0.85...0.96).contains(Double(within45) / Double(assessments)))
        #expect((0.78...0.92).contains(Double(within15) / Double(conferences)))
    }

    @Test func unaccompaniedChildrenArriveAgedFifteenToSeventeen() {
        let uasc = SynthFixtures.kent.county.children.filter { !$0.uasc.isEmpty }
        #expect(uasc.count > 300)
        for child in uasc {
            let age = child.age(on: child.uasc[0].start)!
            #expect((15...17).contains(age), "\(child.id) arrived aged \(age)")
        }
        let firstOfJanuary = uasc.filter { $0.dateOfBirth!.month == 1 && $0.dateOfBirth!.day == 1 }.count
        #expect(Double(firstOfJanuary) / Double(uasc.count) > 0.4)
    }
}

@Suite struct OtherParametersTests {
    /// Any extract date and history length gives a consistent county, including dates before
    /// K3 existed and after the bank-holiday data ends.
    @Test(arguments: [(Day(2019, 3, 31), 1), (Day(2024, 9, 30), 3), (Day(2031, 3, 31), 1)])
    func consistentForOtherExtractDates(extract: Day, years: Int) {
        let run = SyntheticCounty.simulate(SynthParameters(scale: 0.1, seed: 3, years: years, extractDate: extract))
        #expect(run.rejected.isEmpty)
        #expect(run.county.violations().isEmpty)
        #expect(run.county.extractDate == extract)
        let lastEvent = run.county.children.flatMap { $0.childInNeedEpisodes.map(\.referralDate) }.max()
        #expect(lastEvent.map { $0 <= extract } ?? false)
        let usesK3 = run.county.children.contains { $0.periodsOfCare.contains { $0.placements.contains { $0.type == .k3 } } }
        #expect(usesK3 == (extract >= Day(2024, 4, 1)))
    }
}
