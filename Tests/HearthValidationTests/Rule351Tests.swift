import Testing
import Hearth
@testable import HearthValidation

@Suite struct Rule351Tests {
    @Test func flagsAChildOver25AtTheStartOfTheYear() {
        #expect(hits(Rule351(), [.header: "CHILD,DOB\nA,31/03/1999\nB,01/04/1999\n"]).flaggedRowKeys == ["Header:0"])
    }
    @Test func passesAt25AndUsesTheOlderLimitBefore2024() {
        #expect(hits(Rule351(), [.header: "CHILD,DOB\nB,01/04/1999\n"]).isEmpty)
        #expect(hits(Rule351(), [.header: "CHILD,DOB\nB,01/04/2001\nC,01/04/2002\n"], year: CollectionYear(2023)).flaggedRowKeys == ["Header:0"])
    }
}
