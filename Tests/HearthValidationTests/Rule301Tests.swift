import Testing
@testable import HearthValidation

@Suite struct Rule301Tests {
    @Test func flagsABirthAfterTheYearEnded() {
        #expect(hits(Rule301(), [.header: "CHILD,DOB\nA,31/03/2025\nB,01/04/2025\n"]).flaggedRowKeys == ["Header:1"])
    }
    @Test func passesBirthsInOrBeforeTheYear() {
        #expect(hits(Rule301(), [.header: "CHILD,DOB\nA,31/03/2025\nB,01/01/2010\n"]).isEmpty)
    }
}
