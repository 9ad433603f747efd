import Testing
import Hearth
import HearthReturns
@testable import HearthValidation

@Suite struct Rule503JTests {
    let last = [SSDA903TableName.episodes: B3.episodes(
        B3.ep("1", "01/01/2024", home: "HOME1", pl: "NEAR1"), B3.ep("2", "01/01/2024", home: "HOME1", pl: "NEAR1"))]

    @Test func flagsAFirstEpisodeWhosePlacementMovedFromLastYears() {
        let found = hitsWithPostcodes(Rule503J(), [.episodes: B3.episodes(
            B3.ep("1", "01/01/2024", home: "HOME1", pl: "AWAY1"), B3.ep("2", "01/01/2024", home: "HOME1", pl: "NEAR1"))],
            previous: last, postcodes: B3.postcodes)
        #expect(found == [RuleHit(.episodes, row: 0)])
    }

    @Test func passesAPlacementThatStillMatches() {
        let found = hitsWithPostcodes(Rule503J(), [.episodes: B3.episodes(
            B3.ep("1", "01/01/2024", home: "HOME1", pl: "NEAR2"), B3.ep("2", "01/01/2024", home: "HOME1", pl: "NEAR1"))],
            previous: last, postcodes: B3.postcodes)
        #expect(found.isEmpty)
    }

    @Test func needsLastYearThePostcodeDirectoryAndTheCouncilCode() {
        #expect(Rule503J().needs == [.previousReturn, .postcodeDirectory, .councilCode])
    }
}
