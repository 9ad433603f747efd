import Testing
import Hearth
@testable import HearthValidation

@Suite struct ValidatorTests {
    @Test func findingsCarryTableChildRowFieldsAndMessage() {
        let ret = makeReturn([.header: "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\nA1,M,01/01/2010,WBRI,UN1,,\nA2,F,01/01/2010,ZZZZ,UN1,,\n"])
        let report = Validator(year: CollectionYear(2024)).validate(ValidationContext(current: ret, year: CollectionYear(2024)))
        let f = report.findings.filter { $0.ruleCode == "103" }
        #expect(f.count == 1)
        #expect(f.first?.table == "Header")
        #expect(f.first?.childID == "A2")
        #expect(f.first?.rowIndex == 1)
        #expect(f.first?.line == 3)
        #expect(f.first?.fields == ["ETHNIC"])
        #expect(f.first?.values == ["ZZZZ"])
        #expect(f.first?.message.isEmpty == false)
    }

    @Test func ruleSetsExistForThreeYearsAndRewordRule101() {
        #expect(RuleSet.years.map(\.startYear) == [2023, 2024, 2025])
        #expect(RuleSet.forYear(CollectionYear(2023)).info["101"]?.message == "Gender code is not valid.")
        #expect(RuleSet.forYear(CollectionYear(2024)).info["101"]?.message == "The child or young person's reported sex is not valid.")
    }

    @Test func everyRuleOnTheDfEListIsKnown() {
        #expect(RuleInfo.list2024.count == 312)
        // Every implemented rule is on the DfE list of some modelled year (2025/26 adds 233, 234, …).
        let codes = Set(RuleSet.years.flatMap { RuleSet.forYear($0).codes })
        for rule in RuleCatalogue.all { #expect(codes.contains(rule.code), "\(rule.code) is not on the DfE list of any year") }
    }
}

@Suite struct RuleSetYearTests {
    @Test func transitionalRulesApplyOnlyIn2023() {
        let y23 = RuleSet.forYear(CollectionYear(2023)), y24 = RuleSet.forYear(CollectionYear(2024))
        #expect(y23.codes.contains("217t") && y23.codes.contains("230"))
        #expect(!y24.codes.contains("217t") && !y24.codes.contains("370"))
        #expect(y24.codes == Set(RuleInfo.list2024.map(\.code)))
    }

    @Test func rulesAddedIn2025CarryTheirMessages() {
        let y24 = RuleSet.forYear(CollectionYear(2024)), y25 = RuleSet.forYear(CollectionYear(2025))
        for code in ["233", "234", "444", "SW17STG2"] {
            #expect(!y24.codes.contains(code))
            #expect(y25.codes.contains(code))
            #expect(y25.info[code]?.message.isEmpty == false)
        }
        #expect(y25.info["226"]?.message == "Reason for placement change is not required for temporary placements.")
        #expect(y24.info["226"]?.message == "Reason for placement change is not required.")
    }
}
