import Testing
import Hearth
import HearthReturns
@testable import HearthValidation

@Suite struct Rule503DTests {
    let last = [SSDA903TableName.episodes: B3.episodes(
        B3.ep("1", "01/01/2024", place: "U1"), B3.ep("2", "01/01/2024", place: "H5"), B3.ep("3", "01/01/2024", place: "R1"))]

    @Test func flagsAChangedPlacementType() {
        let found = hits(Rule503D(), [.episodes: B3.episodes(
            B3.ep("1", "01/01/2024", place: "U2"), B3.ep("2", "01/01/2024", place: "K3"), B3.ep("3", "01/01/2024", place: "R1"))], previous: last)
        #expect(found == [RuleHit(.episodes, row: 0)])
    }

    @Test func h5BecomingK3OnlyCountsAsUnchangedFrom2024() {
        let now = [SSDA903TableName.episodes: B3.episodes(B3.ep("2", "01/01/2024", place: "K3"))]
        #expect(hits(Rule503D(), now, previous: last).isEmpty)
        #expect(hits(Rule503D(), now, year: CollectionYear(2023), previous: last) == [RuleHit(.episodes, row: 0)])
    }
}
