import Hearth
import HearthReturns
import HearthSynth
import HearthValidation
import Testing

/// The synthetic county's 903 returns pass the DfE rules that synth quirks used to break, so the
/// validator conformance work can inject errors on purpose and everything else is clean.
@Suite struct ReturnValidityTests {
    /// Rules the generator once broke: 145 category of need N1–N8; 146 placement type valid in
    /// the year (H5 withdrawn in 2025/26); 157/186/188/189/197B SDQ by age; 158 intervention
    /// offered blank when received; 165 MOTHER for girls in care; 209 no UN1 at school age; 210
    /// no UN4 with a late episode; 347 no foyer under 18; 361 police protection ≤ 72 hours; 371
    /// supported accommodation from 16; 378 no placement with parents under section 20; 389 adult
    /// social care from 16; 392b/392d placement postcodes; 435 a move changes the placement;
    /// 517/518/520/524 adopters' sexes and legal status; 542/546 OC2 items by age; 553 no
    /// placement order after the decision ceased; 580 missing spells end before care; 630/632
    /// previous permanence; SW02STG1 social worker IDs; and the writer's cohorts: 191 OC2 for a
    /// child leaving on 31 March, 628 no MOTHER for care leavers without episodes, 1016 no OC3 at
    /// 17/18 after leaving on or after the birthday.
    static let rules = ["145", "146", "157", "158", "165", "186", "188", "189", "191", "197B", "209", "210", "347", "361", "371",
                        "378", "389", "392b", "392d", "435", "517", "518", "520", "524", "542", "546", "553", "580",
                        "628", "630", "632", "1016", "SW02STG1"]

    /// Two years of history to 31 March 2026: the 2024/25 and 2025/26 returns.
    static let county = SyntheticCounty.generate(SynthParameters(scale: 0.1, seed: 11, years: 2))

    @Test(arguments: [2024, 2025])
    func noFindingsForTheFixedRules(startYear: Int) {
        let year = CollectionYear(startYear)
        let ret = SSDA903Export.tables(for: Self.county, year: year)
        #expect((ret[.header]?.count ?? 0) > 300)
        #expect((ret[.oc2]?.count ?? 0) > 30)
        let report = Validator(year: year).validate(ValidationContext(current: ret, year: year))
        for rule in Self.rules {
            #expect(report.checked.contains(rule), "rule \(rule) did not run for \(startYear)")
        }
        let findings = report.findings.filter { Self.rules.contains($0.ruleCode) }
        let sample = findings.prefix(5).map { "\($0.ruleCode) \($0.table) \($0.childID) \($0.fields)=\($0.values)" }
        #expect(findings.isEmpty, "\(findings.count) findings, e.g. \(sample)")
    }

    /// The fixes keep the data they are about: girls in care during the year have MOTHER 0 or 1 (care
    /// leavers without episodes have it blank), many children
    /// have UPNs, and the 2024/25 return still has H5 episodes that ended by 31 March 2025.
    @Test func fixedFieldsStillCarryData() {
        let ret = SSDA903Export.tables(for: Self.county, year: CollectionYear(2024))
        let header = ret[.header]!, episodes = ret[.episodes]!
        let inCare = Set((0..<episodes.count).map { episodes[$0, "CHILD"] })
        let girls = (0..<header.count).filter { header[$0, "SEX"] == "F" }
        let mothers = girls.filter { inCare.contains(header[$0, "CHILD"]) }.map { header[$0, "MOTHER"] }
        #expect(!mothers.isEmpty && mothers.allSatisfy { $0 == "0" || $0 == "1" })
        #expect(girls.filter { !inCare.contains(header[$0, "CHILD"]) }.allSatisfy { header[$0, "MOTHER"].isEmpty && header[$0, "MC_DOB"].isEmpty })
        let upns = (0..<header.count).map { header[$0, "UPN"] }
        #expect(upns.filter { $0.count == 13 }.count > header.count / 3)
        let places = (0..<episodes.count).map { episodes[$0, "PLACE"] }
        #expect(places.contains("H5") && places.contains("K3"))
        let needs = Set((0..<episodes.count).map { episodes[$0, "CIN"] })
        #expect(needs.isSubset(of: ["N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8"]))
    }
}
