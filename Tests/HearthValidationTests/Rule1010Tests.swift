import Testing
@testable import HearthValidation

@Suite struct Rule1010Tests {
    let previous = "CHILD,DECOM,DEC\nA,01/05/2023,01/06/2023\nA,01/06/2023,\nB,01/05/2023,01/06/2023\nC,01/05/2023,\n"
    @Test func flagsACareLeaverMissingTheEpisodeCarriedOver() {
        let found = hits(Rule1010(), [.episodes: "CHILD,DECOM\nC,01/05/2023\n", .oc3: "CHILD,IN_TOUCH\nA,YES\nB,YES\nC,YES\n"], previous: [.episodes: previous])
        #expect(found.flaggedRowKeys == ["OC3:0"])
    }
    @Test func passesWhenLastYearEndedClosed() {
        #expect(hits(Rule1010(), [.episodes: "CHILD,DECOM\nC,01/05/2023\n", .oc3: "CHILD,IN_TOUCH\nB,YES\nC,YES\n"], previous: [.episodes: previous]).isEmpty)
    }
}
