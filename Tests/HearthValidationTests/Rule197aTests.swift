import Testing
import Hearth
@testable import HearthValidation

@Suite struct Rule197aTests {
    @Test func flagsBothScoreAndReason() {
        #expect(flagged(Rule197a(), [.oc2: csv(.oc2, "1,01/01/2010,10,SDQ2,,,,,,,,")]) == ["OC2:0"])
    }
    @Test func passesOneOrTheOther() {
        #expect(flagged(Rule197a(), [.oc2: csv(.oc2, "1,01/01/2010,10,,,,,,,,,", "2,01/01/2010,,SDQ2,,,,,,,,")]).isEmpty)
    }
}
