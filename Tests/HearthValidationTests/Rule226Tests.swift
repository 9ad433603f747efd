import Testing
import Hearth
@testable import HearthValidation

@Suite struct Rule226Tests {
    @Test func flagsAReasonOnOrJustBeforeATemporaryPlacement() {
        let e = csv(.episodes, "1,01/05/2024,S,C2,N1,U1,PR1,01/07/2024,X1,CARPL,,,", "1,01/07/2024,P,C2,N1,T1,,,,,,,", "2,01/05/2024,S,C2,N1,T2,,01/06/2024,X1,CHILD,,,")
        #expect(flagged(Rule226(), [.episodes: e]) == ["Episodes:1", "Episodes:2"])
    }
    @Test func passesTemporaryPlacementsWithoutReasons() {
        let e = csv(.episodes, "1,01/05/2024,S,C2,N1,U1,PR1,01/07/2024,X1,,,,", "1,01/07/2024,P,C2,N1,T1,,01/08/2024,X1,,,,", "1,01/08/2024,P,C2,N1,U1,PR1,,,,,,")
        #expect(flagged(Rule226(), [.episodes: e]).isEmpty)
    }
}
