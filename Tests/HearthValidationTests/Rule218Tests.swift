import Testing
import Hearth
@testable import HearthValidation

@Suite struct Rule218Tests {
    @Test func flagsAnEnglishRegisteredPlacementWithoutURN() {
        let e = csv(.episodes, "1,01/05/2024,S,C2,N1,K2,PR1,,,,ME1 1AA,CT1 2BB,", "2,01/05/2024,S,C2,N1,K2,PR1,,,,ME1 1AA,CT1 2BB,SC1", "3,01/05/2024,S,C2,N1,R1,PR1,,,,ME1 1AA,CT1 2BB,")
        #expect(flagged(Rule218(), [.episodes: e], postcodes: TestPostcodes()) == ["Episodes:0"])
    }
    @Test func passesPlacementsOutsideEnglandAndEpisodesEndedBeforeTheYear() {
        let e = csv(.episodes, "1,01/05/2024,S,C2,N1,K2,PR1,,,,ME1 1AA,EH1 1AA,", "2,01/05/2023,S,C2,N1,K2,PR1,01/06/2023,E8,,ME1 1AA,CT1 2BB,")
        #expect(flagged(Rule218(), [.episodes: e], postcodes: TestPostcodes()).isEmpty)
        #expect(Rule218().needs == [.postcodeDirectory])
    }
}
