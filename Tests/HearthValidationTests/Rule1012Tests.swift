import Testing
@testable import HearthValidation

@Suite struct Rule1012Tests {
    let episodes = "CHILD,DECOM\nA,01/05/2024\n"
    @Test func flagsRowsOfChildrenWithoutEpisodesInEachTable() {
        let found = hits(Rule1012(), [.episodes: episodes, .reviews: "CHILD,REVIEW\nA,01/06/2024\nZ,01/06/2024\n",
                                      .missing: "CHILD,MIS_START\nZ,01/06/2024\n", .oc2: "CHILD,CONVICTED\nA,0\nY,0\n",
                                      .oc3: "CHILD,IN_TOUCH\nZ,YES\n"])
        #expect(found.flaggedRowKeys == ["Missing:0", "OC2:1", "Reviews:1"])
    }
    @Test func passesWhenEveryRowHasEpisodes() {
        #expect(hits(Rule1012(), [.episodes: episodes, .reviews: "CHILD,REVIEW\nA,01/06/2024\n", .oc3: "CHILD,IN_TOUCH\nZ,YES\n"]).isEmpty)
    }
}
