import Testing
import Hearth
@testable import HearthValidation

@Suite struct Rule225Tests {
    @Test func flagsAPlacementChangeWithoutAReason() {
        let e = csv(.episodes, "1,01/05/2024,S,C2,N1,U1,PR1,01/07/2024,X1,,,,", "1,01/07/2024,P,C2,N1,U2,PR1,,,,,,")
        #expect(flagged(Rule225(), [.episodes: e]) == ["Episodes:0"])
    }
    @Test func passesAReasonLegalChangesAndTemporaryPlacements() {
        let e = csv(.episodes, "1,01/05/2024,S,C2,N1,U1,PR1,01/07/2024,X1,CARPL,,,", "1,01/07/2024,P,C2,N1,U2,PR1,01/08/2024,X1,,,,", "1,01/08/2024,L,C1,N1,U2,PR1,01/09/2024,X1,,,,", "1,01/09/2024,P,C1,N1,T1,,,,,,,")
        #expect(flagged(Rule225(), [.episodes: e]).isEmpty)
    }
}
