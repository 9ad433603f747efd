import Testing
@testable import HearthValidation

@Suite struct Rule1002Tests {
    let oc3 = "CHILD,IN_TOUCH\nA,YES\nB,YES\nC,YES\n"
    @Test func flagsACareLeaverWithNoEpisodesEither() {
        let found = hits(Rule1002(), [.episodes: "CHILD,DECOM\nA,01/05/2024\n", .oc3: oc3], previous: [.episodes: "CHILD,DECOM\nB,01/05/2023\n"])
        #expect(found.flaggedRowKeys == ["OC3:2"])
    }
    @Test func passesWhenEveryCareLeaverHasEpisodes() {
        #expect(hits(Rule1002(), [.episodes: "CHILD,DECOM\nA,01/05/2024\nC,01/05/2024\n", .oc3: oc3],
                     previous: [.episodes: "CHILD,DECOM\nB,01/05/2023\n"]).isEmpty)
    }
}
