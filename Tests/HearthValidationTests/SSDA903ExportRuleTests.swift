import Testing
import Hearth
import HearthReturns
@testable import HearthValidation

/// The 903 writer's cohorts follow the DfE rules: a small county written for 2024/25 has the
/// fixed rows, and the rules the writer used to break (628, 1016, 191) pass on it.
@Suite struct SSDA903ExportRuleTests {
    static let year = CollectionYear(2024)

    /// A period of care in one foster placement from `start`, ended on `end` when given.
    static func period(_ id: String, _ start: Day, _ end: Day?) -> PeriodOfCare {
        var p = PeriodOfCare.begin(id: id, on: start, legalStatus: .c2,
                                   placement: PlacementSpan(span: DaySpan(start: start), type: .u4, provider: .pr1, carer: "H1",
                                                            urn: "SC100", postcode: "ME2 2BB", homePostcode: "ME1 1AA"),
                                   categoryOfNeed: .n1)
        if let end { try! p.end(on: end, reason: .e8) }
        return p
    }

    static func child(_ id: String, born: Day, sex: Sex = .m, periods: [PeriodOfCare], contact: Day? = nil) -> ChildRecord {
        var c = ChildRecord(id: ChildID(rawValue: id), sex: [SexRecord(sex)], dateOfBirth: born, ethnicity: .wbri, upnUnknown: .un2)
        c.periodsOfCare = periods
        if let contact { c.careLeaver = CareLeaverRecord(contacts: [CareLeaverContact(date: contact, inTouch: .yes, activity: .f2, accommodation: .b1)]) }
        return c
    }

    static func county() -> County {
        // 628: a mother who left care at 18 in 2023 and is in the 2024/25 return only as a care leaver (19).
        var mother = child("M1", born: Day(2005, 6, 10), sex: .f, periods: [period("M1", Day(2019, 1, 7), Day(2023, 6, 10))],
                           contact: Day(2024, 6, 1))
        mother.isMother = true
        mother.firstChildDateOfBirth = Day(2023, 1, 1)
        // 1016: 17 during the year (birthday 1 July 2024). L1 left care on the birthday and L3 before
        // it: both are care leavers. L2 left before it but came back into care after it and left
        // again, so care ended after the birthday: not in OC3.
        let onBirthday = child("L1", born: Day(2007, 7, 1), periods: [period("L1", Day(2021, 3, 1), Day(2024, 7, 1))], contact: Day(2024, 6, 20))
        let cameBack = child("L2", born: Day(2007, 7, 1), periods: [period("L2a", Day(2021, 3, 1), Day(2024, 5, 1)),
                                                                     period("L2b", Day(2024, 9, 2), Day(2024, 12, 2))], contact: Day(2024, 6, 20))
        let before = child("L3", born: Day(2007, 7, 1), periods: [period("L3", Day(2021, 3, 1), Day(2024, 5, 1))], contact: Day(2024, 6, 20))
        // 191: in care all year and left on 31 March 2025: looked after continuously for 12 months.
        var allYear = child("O1", born: Day(2012, 2, 2), periods: [period("O1", Day(2022, 1, 10), Day(2025, 3, 31))])
        allYear.annualOutcomes = [AnnualOutcome(year: year, sdqScore: 10, convicted: false, healthCheck: nil, immunisations: true,
                                                teethCheck: true, healthAssessment: true, substanceMisuse: false)]
        // Not continuously looked after: left on 30 March 2025.
        let leftEarlier = child("O2", born: Day(2012, 2, 2), periods: [period("O2", Day(2022, 1, 10), Day(2025, 3, 30))])
        return County(councilCode: "886", name: "Cohorts", extractDate: Day(2025, 3, 31),
                      children: [mother, onBirthday, cameBack, before, allYear, leftEarlier])
    }

    static func rows(_ t: SSDA903Table, _ columns: [String]) -> [[String]] {
        (0..<t.count).map { r in columns.map { t[r, $0] } }
    }

    @Test func careLeaverWithoutEpisodesHasNoMotherhoodDetails() {
        let ret = SSDA903Export.tables(for: Self.county(), year: Self.year)
        #expect(Self.rows(ret[.header]!, ["CHILD", "MOTHER", "MC_DOB"]).first { $0[0] == "M1" } == ["M1", "", ""])
        #expect(Self.rows(ret[.oc3]!, ["CHILD"]).contains(["M1"]))
        // Looked after during 2022/23, her motherhood is still reported for that year.
        let earlier = SSDA903Export.tables(for: Self.county(), year: CollectionYear(2022))
        #expect(Self.rows(earlier[.header]!, ["CHILD", "MOTHER", "MC_DOB"]).first { $0[0] == "M1" } == ["M1", "1", "01/01/2023"])
        #expect(findings(Rule628(), ret).isEmpty)
    }

    @Test func seventeenYearOldsWhoseCareEndedAfterTheBirthdayAreNotInOC3() {
        let ret = SSDA903Export.tables(for: Self.county(), year: Self.year)
        #expect(Self.rows(ret[.oc3]!, ["CHILD"]).map { $0[0] }.sorted() == ["L1", "L3", "M1"])
        #expect(findings(Rule1016(), ret).isEmpty)
    }

    @Test func oc2IncludesAChildWhoLeftOn31March() {
        let ret = SSDA903Export.tables(for: Self.county(), year: Self.year)
        #expect(Self.rows(ret[.oc2]!, ["CHILD", "TEETH_CHECK", "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE"]) == [["O1", "1", "1", "0"]])
        #expect(findings(Rule191(), ret).isEmpty)
    }

    func findings(_ rule: some ValidationRule, _ ret: SSDA903Return) -> [RuleHit] {
        rule.check(ValidationContext(current: ret, year: Self.year, localAuthority: "E10000016"))
    }
}
