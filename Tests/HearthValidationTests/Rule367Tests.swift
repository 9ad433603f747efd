import Testing
@testable import HearthValidation

@Suite struct Rule367Tests {
    // A: 40 + 40 days of respite in the year; B: a break from March 2024 counts only from 1 April.
    @Test func flagsRespiteOver75DaysInTheYear() {
        let found = hits(Rule367(), [.episodes: "CHILD,DECOM,LS,DEC\nA,01/05/2024,V3,10/06/2024\nA,01/07/2024,V3,10/08/2024\nA,01/09/2024,C2,\nB,01/03/2024,V3,10/06/2024\n"])
        #expect(found.flaggedRowKeys == ["Episodes:0", "Episodes:1"])
    }
    @Test func passes75Days() {
        #expect(hits(Rule367(), [.episodes: "CHILD,DECOM,LS,DEC\nA,01/05/2024,V3,15/07/2024\n"]).isEmpty)
    }
}
