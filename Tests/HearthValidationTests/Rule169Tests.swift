import Testing
import Hearth
@testable import HearthValidation

@Suite struct Rule169Tests {
    @Test func flagsUnknownOrBlankPlacementPostcodes() {
        let e = csv(.episodes, "1,01/05/2024,S,C2,N1,U1,PR1,,,,ME1 1AA,XX1 1XX,SC1", "2,01/05/2024,S,C2,N1,U1,PR1,,,,ME1 1AA,,SC1", "3,01/05/2024,S,C2,N1,U1,PR1,,,,ME1 1AA,CT1 2BB,SC1")
        #expect(flagged(Rule169(), [.episodes: e], postcodes: TestPostcodes()) == ["Episodes:0", "Episodes:1"])
    }
    @Test func passesShortBreaksAndNeedsTheDirectory() {
        #expect(flagged(Rule169(), [.episodes: csv(.episodes, "1,01/05/2024,S,V3,N1,U1,PR1,,,,,,")], postcodes: TestPostcodes()).isEmpty)
        #expect(Rule169().needs == [.postcodeDirectory])
    }
}
