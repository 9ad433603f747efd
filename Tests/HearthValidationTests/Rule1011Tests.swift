import Testing
@testable import HearthValidation

@Suite struct Rule1011Tests {
    let episodes = "CHILD,DECOM,REC\nA,01/05/2024,P\nA,01/06/2024,E3\nB,01/05/2024,E3\nB,01/06/2024,E4A\n"
    @Test func flagsCareLeaverDataAfterATransfer() {
        let found = hits(Rule1011(), [.episodes: episodes, .oc3: "CHILD,IN_TOUCH,ACTIV,ACCOM\nA,YES,F1,S\nB,YES,F1,S\n"])
        #expect(found.flaggedRowKeys == ["OC3:0"])
    }
    @Test func passesBlankCareLeaverFields() {
        #expect(hits(Rule1011(), [.episodes: episodes, .oc3: "CHILD,IN_TOUCH,ACTIV,ACCOM\nA,,,\nB,YES,F1,S\n"]).isEmpty)
    }
}
