import Testing
import Hearth
@testable import HearthValidation

@Suite struct Rule148Tests {
    @Test func flagsAnEndDateWithoutReasonAndTheReverse() {
        #expect(flagged(Rule148(), [.episodes: csv(.episodes, "1,01/05/2024,S,C2,N1,U1,PR1,30/06/2024,,,,,", "2,01/05/2024,S,C2,N1,U1,PR1,,E8,,,,")]) == ["Episodes:0", "Episodes:1"])
    }
    @Test func passesBothOrNeither() {
        #expect(flagged(Rule148(), [.episodes: csv(.episodes, "1,01/05/2024,S,C2,N1,U1,PR1,30/06/2024,E8,,,,", "2,01/05/2024,S,C2,N1,U1,PR1,,,,,,")]).isEmpty)
    }
}
