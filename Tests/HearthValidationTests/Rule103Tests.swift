import Testing
import Hearth
@testable import HearthValidation

@Suite struct Rule103Tests {
    @Test func flagsAnUnknownOrLowerCaseCode() {
        let found = hits(Rule103(), [.header: """
            CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB
            1,M,01/01/2010,WBRI,UN1,,
            2,F,01/01/2010,wbri,UN1,,
            3,F,01/01/2010,XXXX,UN1,,
            """])
        #expect(found.map(\.row) == [1, 2])
        #expect(found.allSatisfy { $0.table == .header })
    }

    @Test func passesEveryCodeOnTheList() {
        let rows = Ethnicity.codeList.codes(in: CollectionYear(2024)).enumerated()
            .map { "\($0.offset),M,01/01/2010,\($0.element),UN1,," }.joined(separator: "\n")
        #expect(hits(Rule103(), [.header: "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n" + rows]).isEmpty)
    }
}
