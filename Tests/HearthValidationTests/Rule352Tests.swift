import Testing
@testable import HearthValidation

@Suite struct Rule352Tests {
    let header = "CHILD,DOB\nA,01/06/2006\nB,01/06/2006\n"
    @Test func flagsCareStartingOnOrAfterThe18thBirthday() {
        let found = hits(Rule352(), [.header: header, .episodes: "CHILD,DECOM,RNE\nA,01/06/2024,S\nB,01/06/2024,P\nB,31/05/2024,S\n"])
        #expect(found.flaggedRowKeys == ["Episodes:0"])
    }
    @Test func passesCareStartingBefore18() {
        #expect(hits(Rule352(), [.header: header, .episodes: "CHILD,DECOM,RNE\nA,31/05/2024,S\n"]).isEmpty)
    }
}
