import Testing
@testable import HearthValidation

@Suite struct Rule335Tests {
    let episodes = "CHILD,DECOM,PLACE,REC\nA,01/05/2024,A5,E11\nB,01/05/2024,A6,E12\nC,01/05/2024,A5,E4A\n"
    @Test func flagsAFosterCarerAnswerThatContradictsThePlacement() {
        let found = hits(Rule335(), [.episodes: episodes, .ad1: "CHILD,FOSTER_CARE\nA,0\nB,1\nC,0\n"])
        #expect(found.flaggedRowKeys == ["AD1:0", "AD1:1", "Episodes:0", "Episodes:1"])
    }
    @Test func passesAgreeingAnswers() {
        #expect(hits(Rule335(), [.episodes: episodes, .ad1: "CHILD,FOSTER_CARE\nA,1\nB,0\nC,0\n"]).isEmpty)
    }
}
