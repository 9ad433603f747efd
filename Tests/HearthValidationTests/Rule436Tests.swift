import Testing
@testable import HearthValidation

@Suite struct Rule436Tests {
    let columns = "CHILD,DECOM,RNE,LS,PLACE,PL_POST,URN,PLACE_PROVIDER\n"
    @Test func flagsABothChangedEpisodeWhereOneDidNot() {
        let found = hits(Rule436(), [.episodes: columns + "A,01/05/2024,S,C1,U1,ME1 1AA,,PR1\nA,01/06/2024,B,C1,U3,ME1 1AA,,PR1\nB,01/05/2024,S,C1,U1,ME1 1AA,,PR1\nB,01/06/2024,U,C2,U1,ME1 1AA,,PR1\n"])
        #expect(found.flaggedRowKeys == ["Episodes:1", "Episodes:3"])
    }
    @Test func passesWhenBothChanged() {
        #expect(hits(Rule436(), [.episodes: columns + "A,01/05/2024,S,C1,U1,ME1 1AA,,PR1\nA,01/06/2024,B,C2,U3,ME1 1AA,,PR1\n"]).isEmpty)
    }
}
