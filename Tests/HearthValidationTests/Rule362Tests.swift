import Testing
@testable import HearthValidation

@Suite struct Rule362Tests {
    @Test func flagsAnEmergencyProtectionOrderOver21Days() {
        let found = hits(Rule362(), [.episodes: "CHILD,DECOM,LS,DEC\nA,01/05/2024,L2,10/05/2024\nA,10/05/2024,L2,23/05/2024\nB,15/03/2025,L2,\n"])
        #expect(found.flaggedRowKeys == ["Episodes:0", "Episodes:1"])
    }
    @Test func passesAn21DayOrder() {
        #expect(hits(Rule362(), [.episodes: "CHILD,DECOM,LS,DEC\nA,01/05/2024,L2,22/05/2024\nB,20/03/2025,L2,\n"]).isEmpty)
    }
}
