import Testing
@testable import HearthValidation

@Suite struct Rule365Tests {
    @Test func flagsARespiteBreakOver17Days() {
        let found = hits(Rule365(), [.episodes: "CHILD,DECOM,LS,DEC\nA,01/05/2024,V3,19/05/2024\nB,01/05/2024,V3,18/05/2024\nC,01/03/2025,V3,\nD,01/05/2024,C2,\n"])
        #expect(found.flaggedRowKeys == ["Episodes:0", "Episodes:2"])
    }
    @Test func passesA17DayBreak() {
        #expect(hits(Rule365(), [.episodes: "CHILD,DECOM,LS,DEC\nB,01/05/2024,V3,18/05/2024\n"]).isEmpty)
    }
}
