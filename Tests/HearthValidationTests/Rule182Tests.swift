import Testing
import Hearth
@testable import HearthValidation

@Suite struct Rule182Tests {
    @Test func flagsMissingCoreItemsWhenOthersAreGiven() {
        #expect(flagged(Rule182(), [.oc2: csv(.oc2, "1,01/01/2010,10,,0,1,,1,1,0,,", "2,01/01/2010,10,,,1,1,1,1,,,")]) == ["OC2:0", "OC2:1"])
    }
    @Test func passesCompleteRowsAndRowsWithNoItems() {
        #expect(flagged(Rule182(), [.oc2: csv(.oc2, "1,01/01/2010,10,,0,1,1,1,1,0,,", "2,01/01/2010,10,,,,,,,,,", "3,01/01/2010,10,,,,1,,,,,")]).isEmpty)
    }
}
