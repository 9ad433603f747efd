import Testing
@testable import HearthValidation

@Suite struct Rule358Tests {
    let header = "CHILD,DOB\nA,01/06/2014\nB,01/06/2014\n"
    @Test func flagsYouthJusticeStatusUnder10AndTheHeader() {
        let found = hits(Rule358(), [.header: header, .episodes: "CHILD,DECOM,LS\nA,31/05/2024,J2\nB,31/05/2024,C2\n"])
        #expect(found.flaggedRowKeys == ["Episodes:0", "Header:0"])
    }
    @Test func passesFromThe10thBirthday() {
        #expect(hits(Rule358(), [.header: header, .episodes: "CHILD,DECOM,LS\nA,01/06/2024,J1\n"]).isEmpty)
    }
}
