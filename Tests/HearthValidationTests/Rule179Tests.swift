import Testing
import Hearth
@testable import HearthValidation

@Suite struct Rule179Tests {
    @Test func flagsPlacementsWhoseLocationCannotBeFound() {
        let e = csv(.episodes, "1,01/05/2024,S,C2,N1,U1,PR1,,,,ME1 1AA,,SC1", "2,01/05/2024,S,C2,N1,U1,PR1,,,,ME1 1AA,EH1 1AA,SC1")
        #expect(flagged(Rule179(), [.episodes: e], postcodes: TestPostcodes()) == ["Episodes:0"])
    }
    @Test func passesShortBreaksAndNeedsTheDirectory() {
        #expect(flagged(Rule179(), [.episodes: csv(.episodes, "1,01/05/2024,S,V4,N1,U1,PR1,,,,,,")], postcodes: TestPostcodes()).isEmpty)
        #expect(Rule179().needs == [.postcodeDirectory])
    }
}
