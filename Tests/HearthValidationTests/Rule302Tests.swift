import Testing
@testable import HearthValidation

@Suite struct Rule302Tests {
    @Test func flagsAFirstEpisodeBeforeBirthAndTheHeader() {
        let found = hits(Rule302(), [.header: "CHILD,DOB\nA,01/06/2024\nB,01/06/2024\n",
                                     .episodes: "CHILD,DECOM\nA,01/07/2024\nA,01/05/2024\nB,01/06/2024\n"])
        #expect(found.flaggedRowKeys == ["Episodes:1", "Header:0"])
        let repeated = hits(Rule302(), [.header: "CHILD,DOB\nA,01/06/2024\nB,01/06/2024\nA,01/06/2024\n", .episodes: "CHILD,DECOM\nA,01/05/2024\n"])
        #expect(repeated.flaggedRowKeys == ["Episodes:0", "Header:0", "Header:2"])
    }
    @Test func passesAnEpisodeFromBirth() {
        #expect(hits(Rule302(), [.header: "CHILD,DOB\nB,01/06/2024\n", .episodes: "CHILD,DECOM\nB,01/06/2024\n"]).isEmpty)
    }
}
