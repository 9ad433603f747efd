import Testing
@testable import Hearth

/// A small, valid looked-after child used as the starting point for each invariant test.
func lookedAfterChild() -> ChildRecord {
    var child = ChildRecord(id: "C1", sex: [SexRecord(.f)], dateOfBirth: Day(2010, 6, 1), ethnicity: .wbri)
    var period = PeriodOfCare.begin(id: "C1-1", on: Day(2016, 1, 4), legalStatus: .v2,
                                    placement: PlacementSpan(span: DaySpan(start: Day(2016, 1, 4)), type: .u6, provider: .pr1, carer: "F1"),
                                    categoryOfNeed: .n1)
    try! period.changeLegalStatus(to: .c1, on: Day(2016, 2, 1))
    try! period.changePlacement(to: PlacementSpan(span: DaySpan(start: Day(2016, 5, 1)), type: .u4, provider: .pr1, carer: "F1"),
                                on: Day(2016, 5, 1), reason: .place)
    try! period.changePlacement(to: PlacementSpan(span: DaySpan(start: Day(2016, 9, 1)), type: .u6, provider: .pr4, carer: "F2"),
                                on: Day(2016, 9, 1), reason: .creqb)
    try! child.add(period)
    return child
}

@Suite struct InvariantTests {
    @Test func aConsistentRecordHasNoViolations() {
        let child = lookedAfterChild()
        #expect(child.violations().isEmpty)
        #expect(child.isLookedAfter(on: Day(2016, 1, 4)))
        #expect(!child.isLookedAfter(on: Day(2016, 1, 3)))
        #expect(child.placement(on: Day(2016, 5, 1))?.type == .u4)
        #expect(child.placement(on: Day(2016, 4, 30))?.type == .u6)
        #expect(child.periodsOfCare[0].legalStatus(on: Day(2016, 3, 1))?.status == .c1)
    }

    @Test func endingCareClosesTheOpenSpans() throws {
        var child = lookedAfterChild()
        try child.periodsOfCare[0].end(on: Day(2017, 3, 1), reason: .e4a)
        let p = child.periodsOfCare[0]
        #expect(p.placements.last?.span.end == Day(2017, 3, 1))
        #expect(p.legalStatuses.last?.span.end == Day(2017, 3, 1))
        #expect(child.violations().isEmpty)
        #expect(!child.isLookedAfter(on: Day(2017, 3, 1)))
    }

    @Test func overlappingPlacementsAreRefused() {
        var child = lookedAfterChild()
        child.periodsOfCare[0].placements[1].span.start = Day(2016, 4, 20)
        let v = child.violations()
        #expect(v.count == 1)
        #expect(v.first?.path == "periodsOfCare[0].placements[1]")
        #expect(v.first?.field == "start")
        #expect(v.first?.value == "2016-04-20")
        #expect(v.first?.message.contains("overlaps the previous one, which ends 2016-05-01") == true)
    }

    @Test func aGapBetweenPlacementsIsRefused() {
        var child = lookedAfterChild()
        child.periodsOfCare[0].placements[1].span.start = Day(2016, 5, 10)
        #expect(child.violations().map(\.message).contains { $0.contains("gap after the previous placement") })
    }

    @Test func aPlacementCannotStartBeforeThePeriodOfCare() {
        var child = lookedAfterChild()
        child.periodsOfCare[0].placements[0].span.start = Day(2015, 12, 1)
        let v = child.violations()
        #expect(v.contains { $0.path == "periodsOfCare[0].placements[0]" && $0.message.contains("must start when care starts (2016-01-04)") })
    }

    @Test func mutatorsRefuseChangesOutsideThePeriod() throws {
        var period = lookedAfterChild().periodsOfCare[0]
        #expect(throws: ModelViolation.self) {
            try period.changePlacement(to: PlacementSpan(span: DaySpan(start: Day(2016, 8, 1)), type: .k2), on: Day(2016, 8, 1), reason: .carpl)
        }
        #expect(throws: ModelViolation.self) { try period.end(on: Day(2016, 1, 1), reason: .e8) }
        #expect(throws: ModelViolation.self) { try period.end(on: Day(2017, 1, 1), reason: .x1) }
        try period.end(on: Day(2017, 1, 1), reason: .e8)
        do {
            try period.changeLegalStatus(to: .c2, on: Day(2017, 2, 1))
            Issue.record("changed the legal status of an ended period")
        } catch {
            #expect(error.message.contains("ended on 2017-01-01"))
            #expect(error.value == "2017-02-01")
        }
    }

    @Test func overlappingPeriodsOfCareAreRefused() {
        var child = lookedAfterChild()
        let second = PeriodOfCare.begin(id: "C1-2", on: Day(2016, 10, 1), legalStatus: .v2,
                                        placement: PlacementSpan(span: DaySpan(start: Day(2016, 10, 1)), type: .k2), categoryOfNeed: .n4)
        #expect(throws: ModelViolation.self) { try child.add(second) }
        child.periodsOfCare.append(second)
        #expect(child.violations().contains { $0.path == "periodsOfCare[1]" && $0.message.contains("periods of care overlap") })
    }

    @Test func careBeforeBirthAndDeathBeforeBirthAreRefused() {
        var child = lookedAfterChild()
        child.dateOfBirth = Day(2016, 2, 1)
        child.dateOfDeath = Day(2016, 1, 1)
        let fields = Set(child.violations().map(\.field))
        #expect(fields.contains("dateOfDeath"))
        #expect(child.violations().contains { $0.path == "periodsOfCare[0]" && $0.field == "start" })
    }

    @Test func endedPeriodNeedsAReason() {
        var child = lookedAfterChild()
        child.periodsOfCare[0].span.end = Day(2017, 1, 1)
        child.periodsOfCare[0].placements[2].span.end = Day(2017, 1, 1)
        child.periodsOfCare[0].legalStatuses[1].span.end = Day(2017, 1, 1)
        #expect(child.violations().map(\.field) == ["reasonEnded"])
    }

    @Test func childInNeedEpisodesAndPlans() {
        var child = ChildRecord(id: "C2", dateOfBirth: Day(2012, 1, 1))
        child.childInNeedEpisodes = [ChildInNeedEpisode(
            id: "E1", referralDate: Day(2016, 3, 1), referralSource: .code6, primaryNeed: .n1,
            closureDate: Day(2016, 2, 1),
            assessments: [Assessment(id: "A1", startDate: Day(2016, 3, 2), authorisationDate: Day(2016, 3, 1))],
            protectionPlans: [
                ChildProtectionPlan(id: "P1", span: DaySpan(start: Day(2016, 4, 1), end: Day(2016, 9, 1)), initialCategory: .neg),
                ChildProtectionPlan(id: "P2", span: DaySpan(start: Day(2016, 8, 1)), initialCategory: .emo),
            ])]
        let messages = child.violations().map { "\($0.path).\($0.field)" }
        #expect(messages.contains("childInNeedEpisodes[0].closureDate"))
        #expect(messages.contains("childInNeedEpisodes[0].closureReason"))
        #expect(messages.contains("childInNeedEpisodes[0].assessments[0].authorisationDate"))
        #expect(messages.contains("protectionPlans[1].start"))
    }

    @Test func countyChecksReferencesAndDuplicates() {
        let child = lookedAfterChild()
        var withAllocation = child
        try! withAllocation.allocate(to: "T9", worker: "W9", on: Day(2016, 1, 4))
        let county = County(councilCode: "886", name: "Test", extractDate: Day(2017, 1, 31),
                            areas: [Area(id: "N", name: "North")],
                            teams: [Team(id: "T1", name: "Dartford CSWT", kind: .childrensSocialWork, area: "X")],
                            children: [withAllocation, child])
        let v = county.violations()
        #expect(v.contains { $0.field == "area" && $0.value == "X" })
        #expect(v.contains { $0.field == "id" && $0.message == "duplicate child id" })
        #expect(v.contains { $0.field == "team" && $0.value == "T9" })
        #expect(v.contains { $0.field == "worker" && $0.value == "W9" })
        #expect(throws: ModelViolations.self) { try county.checkInvariants() }
    }

    @Test func allocationsChainWithoutOverlap() throws {
        var child = lookedAfterChild()
        try child.allocate(to: "T1", worker: "W1", on: Day(2016, 1, 4))
        try child.allocate(to: "T1", worker: "W2", on: Day(2016, 6, 1), reason: .leftrl)
        #expect(child.allocation(on: Day(2016, 5, 31))?.worker == "W1")
        #expect(child.allocation(on: Day(2016, 6, 1))?.worker == "W2")
        #expect(throws: ModelViolation.self) { try child.allocate(to: "T1", worker: "W3", on: Day(2016, 5, 1)) }
        child.closeAllocation(on: Day(2017, 1, 1))
        #expect(child.allocation(on: Day(2017, 1, 1)) == nil)
        #expect(child.violations().isEmpty)
    }

    @Test func sexHistoryAppliesFromItsRecordedDate() {
        let child = ChildRecord(id: "C3", sex: [SexRecord(.code1), SexRecord(.f, recorded: Day(2020, 1, 1))], dateOfBirth: Day(2010, 1, 1))
        #expect(child.sex(on: Day(2019, 12, 31)) == .code1)
        #expect(child.sex(on: Day(2020, 1, 1)) == .f)
        #expect(child.currentSex == .f)
    }
}
