import Testing
import Hearth
@testable import HearthValidation

@Suite struct Rule180Tests {
    @Test func flagsScoresOutOfRangeOrNotWhole() {
        #expect(flagged(Rule180(), [.oc2: csv(.oc2, "1,01/01/2010,41,,,,,,,,,", "2,01/01/2010,-1,,,,,,,,,", "3,01/01/2010,2.5,,,,,,,,,", "4,01/01/2010,ten,,,,,,,,,")]) == ["OC2:0", "OC2:1", "OC2:2", "OC2:3"])
    }
    @Test func passesZeroToFortyAndBlank() {
        #expect(flagged(Rule180(), [.oc2: csv(.oc2, "1,01/01/2010,0,,,,,,,,,", "2,01/01/2010,40,,,,,,,,,", "3,01/01/2010,,SDQ2,,,,,,,,")]).isEmpty)
    }
}
