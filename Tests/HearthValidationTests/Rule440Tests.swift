import Testing
@testable import HearthValidation

@Suite struct Rule440Tests {
    @Test func flagsPN0FromThe4thBirthday() {
        let found = hits(Rule440(), [.reviews: "CHILD,DOB,REVIEW,REVIEW_CODE\nA,01/06/2020,01/06/2024,PN0\nB,01/06/2020,31/05/2024,PN0\nC,01/06/2020,01/07/2024,PN1\n"])
        #expect(found.flaggedRowKeys == ["Reviews:0"])
    }
    @Test func passesPN0Under4() {
        #expect(hits(Rule440(), [.reviews: "CHILD,DOB,REVIEW,REVIEW_CODE\nB,01/06/2020,31/05/2024,PN0\n"]).isEmpty)
    }
}
