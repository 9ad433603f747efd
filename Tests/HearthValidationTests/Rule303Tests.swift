import Testing
@testable import HearthValidation

@Suite struct Rule303Tests {
    @Test func flagsACeasedDateWithoutUASCStatus() {
        let found = hits(Rule303(), [.header: "CHILD,DOB,UASC\nA,01/01/2008,0\nB,01/01/2008,1\nC,01/01/2008,0\n",
                                     .uasc: "CHILD,DOB,DUC\nA,01/01/2008,01/01/2024\nB,01/01/2008,01/01/2024\nC,01/01/2008,\n"])
        #expect(found.flaggedRowKeys == ["Header:0", "UASC:0"])
    }
    @Test func passesUASCStatusOne() {
        #expect(hits(Rule303(), [.header: "CHILD,DOB,UASC\nB,01/01/2008,1\n", .uasc: "CHILD,DOB,DUC\nB,01/01/2008,01/01/2024\n"]).isEmpty)
    }
}
