import Testing
@testable import HearthValidation

@Suite struct Rule434Tests {
    let columns = "CHILD,DECOM,RNE,LS,PLACE,PL_POST,URN,PLACE_PROVIDER\n"
    @Test func flagsALegalStatusChangeThatIsNot() {
        let found = hits(Rule434(), [.episodes: columns + "A,01/05/2024,S,C1,U1,ME1 1AA,,PR1\nA,01/06/2024,L,C1,U1,ME1 1AA,,PR1\nB,01/05/2024,S,C1,U1,ME1 1AA,,PR1\nB,01/06/2024,L,C2,U3,ME1 1AA,,PR1\n"])
        #expect(found.flaggedRowKeys == ["Episodes:1", "Episodes:3"])
    }
    @Test func passesAChangeOfLegalStatusOnly() {
        #expect(hits(Rule434(), [.episodes: columns + "A,01/05/2024,S,C1,U1,ME1 1AA,,PR1\nA,01/06/2024,L,C2,U1,ME1 1AA,,PR1\n"]).isEmpty)
    }
}
