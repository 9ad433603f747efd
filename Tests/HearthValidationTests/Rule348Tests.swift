import Testing
import Hearth
import HearthReturns
@testable import HearthValidation

@Suite struct Rule348Tests {
    let last = B3.oc3("A,01/06/2006,DIED,,", "B,01/06/2006,DIED,,", "C,01/06/2006,YES,F2,B", "E,01/06/2006,DIED,,")
    let year = CollectionYear(2025)

    @Test func flagsACareLeaverReportedDeadLastYearButNotThisYear() {
        let now = B3.oc3("A,01/06/2006,DIED,,", "B,01/06/2006,YES,F2,B", "C,01/06/2006,NO,,", "E,01/06/2006,,,")
        #expect(hits(Rule348(), [.oc3: now], year: year, previous: [.oc3: last]) == [RuleHit(.oc3, row: 1), RuleHit(.oc3, row: 3)])
    }

    @Test func passesWhenTheDeathIsReportedAgainOrTheYoungPersonIsAbsent() {
        let now = B3.oc3("A,01/06/2006,DIED,,", "C,01/06/2006,DIED,,", "D,01/06/2006,YES,F2,B")
        #expect(hits(Rule348(), [.oc3: now], year: year, previous: [.oc3: last]).isEmpty)
        #expect(hits(Rule348(), [.oc3: now], year: year, previous: [.header: B3.header()]).isEmpty)
    }

    @Test func isNotCheckedWithoutLastYearsReturnAndRunsOnlyFrom2025() {
        #expect(Rule348().needs == [.previousReturn])
        let context = ValidationContext(current: makeReturn([.oc3: B3.oc3("B,01/06/2006,YES,F2,B")], year: year), year: year)
        let report = Validator(year: year).validate(context)
        let unchecked = report.unchecked.first { $0.ruleCode == "348" }
        #expect(unchecked?.message == "not checked: needs the previous year's return")
        #expect(!report.checked.contains("348"))
        #expect(!RuleSet.forYear(CollectionYear(2024)).rules.contains { $0.code == "348" })
    }
}
