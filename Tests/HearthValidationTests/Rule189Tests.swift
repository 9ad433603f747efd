import Testing
import Hearth
@testable import HearthValidation

@Suite struct Rule189Tests {
    @Test func flagsSDQForSeventeenAtTheStart() {
        #expect(flagged(Rule189(), [.oc2: csv(.oc2, "1,31/03/2007,10,,,,,,,,,", "2,01/01/2006,,SDQ5,,,,,,,,")]) == ["OC2:0", "OC2:1"])
    }
    @Test func passesYoungerChildren() {
        #expect(flagged(Rule189(), [.oc2: csv(.oc2, "1,01/04/2007,10,,,,,,,,,", "2,01/01/2006,,,,,,,,,,")]).isEmpty)
    }
}
