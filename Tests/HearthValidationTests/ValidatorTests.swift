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
        let codes = Set(RuleInfo.list2024.map(\.code))
        for rule in RuleCatalogue.all { #expect(codes.contains(rule.code), "\(rule.code) is not on the DfE list") }
    }
}
