import Testing
@testable import HearthValidation

@Suite struct Rule371Tests {
    let header = "CHILD,DOB\nA,01/06/2008\nB,01/06/2008\n"
    @Test func flagsAPlacementStartingBeforeTheMinimumAge() {
        let found = hits(Rule371(), [.header: header, .episodes: "CHILD,DECOM,PLACE,DEC\nA,31/05/2024,K3,\nB,31/05/2024,U1,\n"])
        #expect(found.flaggedRowKeys == ["Episodes:0"])
    }
    @Test func passesFromTheBirthday() {
        #expect(hits(Rule371(), [.header: header, .episodes: "CHILD,DECOM,PLACE,DEC\nA,01/06/2024,K3,01/07/2024\n"]).isEmpty)
    }
}

@Suite struct Rule371EarlierYearTests {
    @Test func readsH5Before2024() {
        let found = hits(Rule371(), [.header: "CHILD,DOB\nA,01/06/2007\n", .episodes: "CHILD,DECOM,PLACE\nA,31/05/2023,H5\nA,31/05/2023,K3\n"], year: .init(2023))
        #expect(found.flaggedRowKeys == ["Episodes:0"])
    }
}
