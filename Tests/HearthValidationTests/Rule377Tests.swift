import Testing
@testable import HearthValidation

@Suite struct Rule377Tests {
    @Test func flagsEveryHolidayPlacementWhenThereAreThree() {
        let found = hits(Rule377(), [.episodes: "CHILD,DECOM,PLACE\nA,01/05/2024,T3\nA,01/06/2024,U1\nA,01/07/2024,T3\nA,01/08/2024,T3\nB,01/05/2024,T3\nB,01/06/2024,T3\n"])
        #expect(found.flaggedRowKeys == ["Episodes:0", "Episodes:2", "Episodes:3"])
    }
    @Test func passesTwo() {
        #expect(hits(Rule377(), [.episodes: "CHILD,DECOM,PLACE\nB,01/05/2024,T3\nB,01/06/2024,T3\n"]).isEmpty)
    }
}
