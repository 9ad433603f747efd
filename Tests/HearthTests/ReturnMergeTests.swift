import Testing
@testable import Hearth

/// A period of care with one legal status and the given placements (type, start), ended or open.
private func period(_ id: String, _ start: Day, end: Day? = nil, ls: LegalStatus = .c2,
                    placements: [(PlacementType, Day, CarerID?)]? = nil, continues: ReasonForNewEpisode? = nil) -> PeriodOfCare {
    let list = placements ?? [(.u4, start, "F1")]
    var spans: [PlacementSpan] = []
    for (i, (type, from, carer)) in list.enumerated() {
        let to = i + 1 < list.count ? list[i + 1].1 : end
        spans.append(PlacementSpan(span: DaySpan(start: from, end: to), type: type, carer: carer))
    }
    return PeriodOfCare(id: id, span: DaySpan(start: start, end: end), reasonEnded: end == nil ? nil : .e4a, categoryOfNeed: .n1,
                        legalStatuses: [LegalStatusSpan(span: DaySpan(start: start, end: end), status: ls)], placements: spans,
                        continuesEarlierCare: continues)
}

private let referral = ReferralSource(rawValue: "1A")
private let neglect = CategoryOfAbuse(rawValue: "NEG")
private let y2024 = [CollectionYear(2024)]

private func storedCounty(_ children: [ChildRecord]) -> County {
    County(councilCode: "999", name: "Stored", extractDate: Day(2025, 3, 31),
           teams: [Team(id: "T1", name: "Children in care", kind: .childrenInCare, area: nil)],
           workers: [Worker(id: "W1", name: "W1", team: "T1", role: .socialWorker, qualified: true, employment: .permanent,
                            fte: 1, employed: DaySpan(start: Day(2015, 1, 1)))],
           children: children)
}

private func returned(_ children: [ChildRecord]) -> County {
    County(councilCode: "999", name: "Imported", extractDate: Day(2025, 3, 31), children: children)
}

/// A child the store knows well: a period of care ended before 2024/25, one in it, a contact,
/// an allocation, a CIN episode from 2019 and a missing episode in the year.
private func storedChild() -> ChildRecord {
    var c = ChildRecord(id: "A", sex: [SexRecord(.f)], dateOfBirth: Day(2010, 6, 1), ethnicity: .wbri)
    c.periodsOfCare = [period("A-1", Day(2020, 1, 10), end: Day(2023, 2, 1)), period("A-2", Day(2024, 5, 1))]
    c.periodsOfCare[1].socialWorkerVisits = [Day(2024, 5, 20), Day(2024, 8, 1)]
    c.contacts = [Contact(date: Day(2019, 2, 1), source: referral, ledToReferral: true)]
    c.allocations = [CaseAllocation(team: "T1", worker: "W1", span: DaySpan(start: Day(2019, 2, 1)))]
    c.childInNeedEpisodes = [ChildInNeedEpisode(id: "A-CIN-1", referralDate: Day(2019, 2, 1), referralSource: referral,
                                                primaryNeed: .n1, closureDate: Day(2020, 1, 10), closureReason: .rc1)]
    c.missingEpisodes = [MissingEpisode(kind: .m, span: DaySpan(start: Day(2024, 6, 1), end: Day(2024, 6, 3)))]
    return c
}

@Suite struct ReturnMergeTests {
    @Test("a period of care before the year is kept, the one in the year is the return's, the rest of the record untouched")
    func periodsBeforeTheYearKept() throws {
        let stored = storedChild()
        var fromReturn = ChildRecord(id: "A", sex: [SexRecord(.f)], dateOfBirth: Day(2010, 6, 1), ethnicity: .wbri)
        fromReturn.periodsOfCare = [period("903-A-1", Day(2024, 5, 1), end: Day(2025, 1, 10),
                                           placements: [(.u4, Day(2024, 5, 1), "F1"), (.u1, Day(2024, 9, 1), "F2")])]
        fromReturn.missingEpisodes = [MissingEpisode(kind: .a, span: DaySpan(start: Day(2024, 7, 1), end: Day(2024, 7, 2)))]
        let m = ReturnMerge.merge(stored: storedCounty([stored]), imported: returned([fromReturn]), slice: .lookedAfter, years: y2024)
        #expect(m.violations.isEmpty)
        #expect(m.added.isEmpty && m.unchanged == 0 && m.untouched == 0)
        let a = try #require(m.updated.first)
        #expect(a.periodsOfCare.count == 2)
        #expect(a.periodsOfCare[0] == stored.periodsOfCare[0])
        // The return's period, under the stored period's id, with the visits the 903 does not carry.
        #expect(a.periodsOfCare[1].id == "A-2")
        #expect(a.periodsOfCare[1].span == DaySpan(start: Day(2024, 5, 1), end: Day(2025, 1, 10)))
        #expect(a.periodsOfCare[1].placements.map(\.type) == [.u4, .u1])
        #expect(a.periodsOfCare[1].socialWorkerVisits == [Day(2024, 5, 20), Day(2024, 8, 1)])
        // The stored missing episode in the year (while looked after) gave way to the return's.
        #expect(a.missingEpisodes.map(\.span.start) == [Day(2024, 7, 1)])
        #expect(a.contacts == stored.contacts)
        #expect(a.allocations == stored.allocations)
        #expect(a.childInNeedEpisodes == stored.childInNeedEpisodes)
        #expect(m.summary == "adds 0 children, updates 1, keeps 0 unchanged")
    }

    @Test("a CIN census merged later keeps the looked-after data, and a 903 merged later keeps the CIN episodes")
    func slicesKeepEachOther() throws {
        var stored = storedChild()
        var plan = ChildProtectionPlan(id: "A-CPP-1", span: DaySpan(start: Day(2024, 4, 20)), initialCategory: neglect)
        plan.visits = [Day(2024, 5, 1), Day(2024, 5, 10)]
        stored.childInNeedEpisodes.append(ChildInNeedEpisode(id: "A-CIN-2", referralDate: Day(2024, 4, 10), referralSource: referral,
                                                             primaryNeed: .n1, protectionPlans: [plan]))
        stored.disabilities = [.mob]
        var census = ChildRecord(id: "A", sex: [SexRecord(.f)], dateOfBirth: Day(2010, 6, 1), ethnicity: .wbri, disabilities: [.hear])
        census.childInNeedEpisodes = [
            ChildInNeedEpisode(id: "A-CIN-2024-04-10", referralDate: Day(2024, 4, 10), referralSource: referral, primaryNeed: .n2,
                               protectionPlans: [ChildProtectionPlan(id: "x", span: DaySpan(start: Day(2024, 4, 20), end: Day(2025, 2, 1)),
                                                                     initialCategory: neglect, reviews: [Day(2024, 7, 20)])]),
        ]
        let m = ReturnMerge.merge(stored: storedCounty([stored]), imported: returned([census]), slice: .childInNeed, years: y2024)
        #expect(m.violations.isEmpty)
        let a = try #require(m.updated.first)
        #expect(a.periodsOfCare == stored.periodsOfCare)
        #expect(a.missingEpisodes == stored.missingEpisodes)
        #expect(a.disabilities == [.hear])
        #expect(a.childInNeedEpisodes.count == 2)
        #expect(a.childInNeedEpisodes[0] == stored.childInNeedEpisodes[0], "the 2019 episode, before the census year, is kept")
        let e = a.childInNeedEpisodes[1]
        #expect(e.id == "A-CIN-2" && e.primaryNeed == .n2)
        #expect(e.protectionPlans.first?.span.end == Day(2025, 2, 1))
        #expect(e.protectionPlans.first?.reviews == [Day(2024, 7, 20)])
        #expect(e.protectionPlans.first?.visits == [Day(2024, 5, 1), Day(2024, 5, 10)], "visits are not in the census, so they stay")
        #expect(e.protectionPlans.first?.id == "A-CPP-1")
    }

    @Test("a child only in the return is added; one only in the store is kept, with a note when it has care in the year")
    func addedAndAbsentChildren() throws {
        var inCare = ChildRecord(id: "B", sex: [SexRecord(.m)], dateOfBirth: Day(2012, 1, 1), ethnicity: .wbri)
        inCare.periodsOfCare = [period("B-1", Day(2024, 10, 1))]
        var leftLongAgo = ChildRecord(id: "D", sex: [SexRecord(.m)], dateOfBirth: Day(2005, 1, 1), ethnicity: .wbri)
        leftLongAgo.periodsOfCare = [period("D-1", Day(2015, 1, 1), end: Day(2016, 1, 1))]
        var newChild = ChildRecord(id: "C", sex: [SexRecord(.m)], dateOfBirth: Day(2014, 3, 3), ethnicity: .wirt)
        newChild.periodsOfCare = [period("903-C-1", Day(2024, 8, 1))]
        newChild.allocations = [CaseAllocation(team: "903", worker: "SW9", span: DaySpan(start: Day(2024, 8, 1)))]
        let m = ReturnMerge.merge(stored: storedCounty([inCare, leftLongAgo]), imported: returned([newChild]),
                                  slice: .lookedAfter, years: y2024)
        #expect(m.violations.isEmpty)
        #expect(m.updated.isEmpty)
        #expect(m.added.map(\.id) == ["C"])
        #expect(m.added.first?.periodsOfCare == newChild.periodsOfCare)
        #expect(m.added.first?.allocations == [], "the store has no team 903 or worker SW9; a return does not add workforce")
        #expect(m.untouched == 2 && m.kept == 2)
        #expect(m.notes == [MergeNote(child: "B", message: "in the store with a period of care in 2024/25 but not in the return; kept")])
        #expect(m.summary == "adds 1 child, updates 0, keeps 2 unchanged")
    }

    @Test("identity fields from the return update the stored child; a return identical in its slice changes nothing")
    func identityFieldsUpdated() throws {
        let stored = storedChild()
        var fromReturn = ChildRecord(id: "A", sex: [SexRecord(.m)], dateOfBirth: Day(2010, 6, 2), ethnicity: .wirt, upn: "A123456789012")
        fromReturn.periodsOfCare = [stored.periodsOfCare[1]]
        fromReturn.missingEpisodes = stored.missingEpisodes
        fromReturn.periodsOfCare[0].socialWorkerVisits = []
        let m = ReturnMerge.merge(stored: storedCounty([stored]), imported: returned([fromReturn]), slice: .lookedAfter, years: y2024)
        let a = try #require(m.updated.first)
        #expect(a.dateOfBirth == Day(2010, 6, 2))
        #expect(a.ethnicity == .wirt)
        #expect(a.upn == "A123456789012")
        #expect(a.sex == [SexRecord(.f), SexRecord(.m, recorded: Day(2024, 4, 1))])
        #expect(a.periodsOfCare == stored.periodsOfCare)

        var same = stored
        same.periodsOfCare = [stored.periodsOfCare[1]]
        same.periodsOfCare[0].socialWorkerVisits = []
        same.contacts = []; same.allocations = []; same.childInNeedEpisodes = []
        let again = ReturnMerge.merge(stored: storedCounty([stored]), imported: returned([same]), slice: .lookedAfter, years: y2024)
        #expect(again.updated.isEmpty && again.unchanged == 1)
        #expect(again.summary == "adds 0 children, updates 0, keeps 1 unchanged")
    }

    @Test("a returned period continuing earlier care is joined onto the stored period it continues")
    func continuingCareJoined() throws {
        var stored = ChildRecord(id: "E", sex: [SexRecord(.f)], dateOfBirth: Day(2008, 1, 1), ethnicity: .wbri)
        stored.periodsOfCare = [period("E-1", Day(2019, 3, 1), placements: [(.u4, Day(2019, 3, 1), "F1"), (.u1, Day(2022, 1, 1), "F9")])]
        stored.periodsOfCare[0].reviews = [CarePlanReview(date: Day(2019, 9, 1)), CarePlanReview(date: Day(2023, 9, 1))]
        var fromReturn = ChildRecord(id: "E", sex: [SexRecord(.f)], dateOfBirth: Day(2008, 1, 1), ethnicity: .wbri)
        fromReturn.periodsOfCare = [period("903-E-1", Day(2022, 1, 1), placements: [(.u1, Day(2022, 1, 1), "F9"), (.u4, Day(2024, 9, 1), "F3")],
                                           continues: .p)]
        fromReturn.periodsOfCare[0].reviews = [CarePlanReview(date: Day(2024, 10, 1))]
        let m = ReturnMerge.merge(stored: storedCounty([stored]), imported: returned([fromReturn]), slice: .lookedAfter, years: y2024)
        #expect(m.violations.isEmpty)
        let p = try #require(m.updated.first?.periodsOfCare.first)
        #expect(m.updated.first?.periodsOfCare.count == 1)
        #expect(p.id == "E-1" && p.continuesEarlierCare == nil)
        #expect(p.span == DaySpan(start: Day(2019, 3, 1)))
        #expect(p.legalStatuses == [LegalStatusSpan(span: DaySpan(start: Day(2019, 3, 1)), status: .c2)])
        #expect(p.placements.map(\.span) == [DaySpan(start: Day(2019, 3, 1), end: Day(2022, 1, 1)),
                                             DaySpan(start: Day(2022, 1, 1), end: Day(2024, 9, 1)), DaySpan(start: Day(2024, 9, 1))])
        #expect(p.placements.map(\.type) == [.u4, .u1, .u4])
        #expect(p.reviews.map(\.date) == [Day(2019, 9, 1), Day(2023, 9, 1), Day(2024, 10, 1)],
                "the 903 holds the reviews of its year only; earlier stored reviews stay")
    }

    @Test("a merge that breaks an invariant reports the child, field and value")
    func violationsNamed() throws {
        let stored = storedChild()
        var fromReturn = ChildRecord(id: "A", sex: [SexRecord(.f)], dateOfBirth: Day(2021, 1, 1), ethnicity: .wbri)
        fromReturn.periodsOfCare = [period("903-A-1", Day(2024, 5, 1))]
        let m = ReturnMerge.merge(stored: storedCounty([stored]), imported: returned([fromReturn]), slice: .lookedAfter, years: y2024)
        // The kept 2020 period of care and the kept 2019 referral now come before the birth.
        #expect(m.violations.count == 2)
        #expect(m.violations.contains { $0.path == "childInNeedEpisodes[0]" && $0.field == "referralDate" && $0.value == "2019-02-01" })
        let v = try #require(m.violations.first { $0.path.hasPrefix("periodsOfCare") })
        #expect(v.child == "A" && v.path == "periodsOfCare[0]" && v.field == "start" && v.value == "2020-01-10")
        #expect(v.message.contains("care starts before the date of birth 2021-01-01"))
    }

    @Test("OC2 outcomes of the return's years are replaced, others kept; OC3 contacts likewise, the adviser kept")
    func outcomesAndCareLeavers() throws {
        var stored = ChildRecord(id: "L", sex: [SexRecord(.m)], dateOfBirth: Day(2005, 5, 1), ethnicity: .wbri)
        stored.annualOutcomes = [AnnualOutcome(year: CollectionYear(2023), sdqScore: 10), AnnualOutcome(year: CollectionYear(2024), sdqScore: 12)]
        stored.careLeaver = CareLeaverRecord(contacts: [CareLeaverContact(date: Day(2023, 5, 1), inTouch: InTouch(rawValue: "YES")),
                                                        CareLeaverContact(date: Day(2024, 5, 1), inTouch: InTouch(rawValue: "NO"))],
                                             personalAdviser: "W1")
        var fromReturn = ChildRecord(id: "L", sex: [SexRecord(.m)], dateOfBirth: Day(2005, 5, 1), ethnicity: .wbri)
        fromReturn.annualOutcomes = [AnnualOutcome(year: CollectionYear(2024), sdqScore: 15)]
        fromReturn.careLeaver = CareLeaverRecord(contacts: [CareLeaverContact(date: Day(2024, 5, 1), inTouch: InTouch(rawValue: "YES"))])
        let m = ReturnMerge.merge(stored: storedCounty([stored]), imported: returned([fromReturn]), slice: .lookedAfter, years: y2024)
        let l = try #require(m.updated.first)
        #expect(l.annualOutcomes.map(\.sdqScore) == [10, 15])
        #expect(l.careLeaver?.contacts.map(\.inTouch.rawValue) == ["YES", "YES"])
        #expect(l.careLeaver?.contacts.first?.date == Day(2023, 5, 1))
        #expect(l.careLeaver?.personalAdviser == "W1")
    }

    @Test("a returned period open at the year's end continues into what the store holds after it; carers and return interviews stay")
    func storedKnowledgeAfterTheYearKept() throws {
        var stored = ChildRecord(id: "G", sex: [SexRecord(.f)], dateOfBirth: Day(2012, 5, 1), ethnicity: .wbri)
        stored.periodsOfCare = [period("G-1", Day(2024, 3, 5), placements: [(.u4, Day(2024, 3, 5), "F1"), (.u1, Day(2025, 6, 13), "F2")])]
        stored.missingEpisodes = [MissingEpisode(kind: .m, span: DaySpan(start: Day(2024, 6, 1), end: Day(2024, 6, 2)),
                                                 returnInterviewOffered: true, returnInterviewCompleted: Day(2024, 6, 3))]
        // The 903 for 2024/25 ends at 31 March 2025: one open episode, a made-up carer, no return interview.
        var fromReturn = ChildRecord(id: "G", sex: [SexRecord(.f)], dateOfBirth: Day(2012, 5, 1), ethnicity: .wbri)
        fromReturn.periodsOfCare = [period("903-G-1", Day(2024, 3, 5), placements: [(.u4, Day(2024, 3, 5), "903:G:2024-03-05")])]
        fromReturn.missingEpisodes = [MissingEpisode(kind: .m, span: DaySpan(start: Day(2024, 6, 1), end: Day(2024, 6, 2)))]
        fromReturn.annualOutcomes = [AnnualOutcome(year: CollectionYear(2024))]
        let m = ReturnMerge.merge(stored: storedCounty([stored]), imported: returned([fromReturn]), slice: .lookedAfter, years: y2024)
        #expect(m.updated.isEmpty && m.unchanged == 1, "the return says nothing the store does not already hold")

        // Now the return has the placement ending in the year, at a different carer.
        fromReturn.periodsOfCare = [period("903-G-1", Day(2024, 3, 5), placements: [(.u4, Day(2024, 3, 5), "903:G:2024-03-05"),
                                                                                     (.u6, Day(2024, 12, 1), "903:G:2024-12-01")])]
        let changed = ReturnMerge.merge(stored: storedCounty([stored]), imported: returned([fromReturn]), slice: .lookedAfter, years: y2024)
        #expect(changed.violations.isEmpty)
        let p = try #require(changed.updated.first?.periodsOfCare.first)
        #expect(p.placements.map(\.type) == [.u4, .u6, .u1])
        #expect(p.placements.map(\.span.start) == [Day(2024, 3, 5), Day(2024, 12, 1), Day(2025, 6, 13)])
        #expect(p.placements.map(\.carer) == ["F1", "903:G:2024-12-01", "F2"])
        #expect(changed.updated.first?.missingEpisodes.first?.returnInterviewCompleted == Day(2024, 6, 3))
        #expect(changed.updated.first?.annualOutcomes == [], "a blank OC2 row adds nothing")
    }
}
