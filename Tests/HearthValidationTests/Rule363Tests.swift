import Testing
@testable import HearthValidation

@Suite struct Rule363Tests {
    @Test func flagsAChildAssessmentOrderOver7Days() {
        let found = hits(Rule363(), [.episodes: "CHILD,DECOM,LS,DEC\nA,01/05/2024,L3,05/05/2024\nA,05/05/2024,L3,10/05/2024\nB,01/05/2024,L3,08/05/2024\n"])
        #expect(found.flaggedRowKeys == ["Episodes:0", "Episodes:1"])
    }
    @Test func passesSeparatedShortOrders() {
        #expect(hits(Rule363(), [.episodes: "CHILD,DECOM,LS,DEC\nA,01/05/2024,L3,05/05/2024\nA,01/06/2024,L3,05/06/2024\n"]).isEmpty)
    }
}
