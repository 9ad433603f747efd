import Testing
@testable import HearthValidation

@Suite struct RuleNoETests {
    let episodes = "CHILD,DECOM\nA,01/05/2023\nB,01/05/2023\nC,01/05/2024\n"
    @Test func flagsAnEarlierStartWithNothingLastYear() {
        #expect(hits(RuleNoE(), [.episodes: episodes], previous: [.episodes: "CHILD,DECOM\nA,01/05/2023\n"]).flaggedRowKeys == ["Episodes:1"])
        #expect(RuleNoE().needs == [.previousReturn])
    }
    @Test func passesWhenLastYearHasTheChild() {
        #expect(hits(RuleNoE(), [.episodes: episodes], previous: [.episodes: "CHILD,DECOM\nA,01/05/2023\nB,01/05/2023\n"]).isEmpty)
    }
}
