import Testing
import Hearth
import HearthReturns
@testable import HearthValidation

@Suite struct Rule503HTests {
    let last = [SSDA903TableName.episodes: B3.episodes(
        B3.ep("1", "01/01/2024", home: "HOME1", pl: "NEAR1"), B3.ep("2", "01/01/2024", home: "HOME1", pl: "NEAR1"))]

    @Test func flagsAFirstEpisodeWhosePlacementMovedFromLastYears() {
        let found = hitsWithPostcodes(Rule503H(), [.episodes: B3.episodes(
            B3.ep("1", "01/01/2024", home: "HOME1", pl: "AWAY1"), B3.ep("2", "01/01/2024", home: "HOME1", pl: "NEAR1"))],
            previous: last, postcodes: B3.postcodes)
        #expect(found == [RuleHit(.episodes, row: 0)])
    }

    @Test func passesAPlacementThatStillMatches() {
        let found = hitsWithPostcodes(Rule503H(), [.episodes: B3.episodes(
            B3.ep("1", "01/01/2024", home: "HOME1", pl: "FAR1"), B3.ep("2", "01/01/2024", home: "HOME1", pl: "NEAR1"))],
            previous: last, postcodes: B3.postcodes)
        #expect(found.isEmpty)
    }

    @Test func needsLastYearAndThePostcodeDirectory() {
        #expect(Rule503H().needs == [.previousReturn, .postcodeDirectory])
    }
}
