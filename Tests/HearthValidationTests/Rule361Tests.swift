import Testing
@testable import HearthValidation

@Suite struct Rule361Tests {
    @Test func flagsEveryEpisodeOfAPoliceProtectionSpellOver72Hours() {
        let found = hits(Rule361(), [.episodes: "CHILD,DECOM,LS,DEC\nA,01/05/2024,L1,03/05/2024\nA,03/05/2024,L1,05/05/2024\nA,05/05/2024,C2,\nB,01/05/2024,L1,04/05/2024\n"])
        #expect(found.flaggedRowKeys == ["Episodes:0", "Episodes:1"])
    }
    @Test func passesSeparateShortSpells() {
        #expect(hits(Rule361(), [.episodes: "CHILD,DECOM,LS,DEC\nA,01/05/2024,L1,03/05/2024\nA,03/05/2024,C2,04/05/2024\nA,04/05/2024,L1,06/05/2024\n"]).isEmpty)
    }
}
