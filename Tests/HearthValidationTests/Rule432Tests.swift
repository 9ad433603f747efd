import Testing
@testable import HearthValidation

@Suite struct Rule432Tests {
    @Test func flagsAContinuationAfterLeavingCare() {
        let found = hits(Rule432(), [.episodes: "CHILD,DECOM,RNE,DEC,REC\nA,01/05/2024,S,01/06/2024,E4A\nA,01/07/2024,P,,\nB,01/05/2024,S,01/06/2024,X1\nB,01/06/2024,P,,\n"])
        #expect(found.flaggedRowKeys == ["Episodes:1"])
    }
    @Test func passesANewStartAfterLeavingCare() {
        #expect(hits(Rule432(), [.episodes: "CHILD,DECOM,RNE,DEC,REC\nA,01/05/2024,S,01/06/2024,E4A\nA,01/07/2024,S,,\n"]).isEmpty)
    }
}
