import Testing
@testable import HearthValidation

@Suite struct Rule1000Tests {
    let episodes = "CHILD,DECOM,REC\nA,01/05/2024,E2\nB,01/05/2024,E4A\n"
    @Test func flagsCareLeaverRowsOfAChildWhoDiedThisYearOrLast() {
        let found = hits(Rule1000(), [.episodes: episodes, .oc3: "CHILD,IN_TOUCH,ACTIV,ACCOM\nA,YES,F1,S\nB,YES,F1,S\nC,YES,F1,S\n"],
                         previous: [.episodes: "CHILD,DECOM,REC\nC,01/05/2023,e2\n"])
        #expect(found.flaggedRowKeys == ["OC3:0", "OC3:2"])
    }
    @Test func passesWhenNoEpisodeEndedInDeath() {
        #expect(hits(Rule1000(), [.episodes: episodes, .oc3: "CHILD,IN_TOUCH,ACTIV,ACCOM\nB,YES,F1,S\n"]).isEmpty)
    }
}
