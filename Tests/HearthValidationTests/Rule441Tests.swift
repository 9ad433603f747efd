import Testing
@testable import HearthValidation

@Suite struct Rule441Tests {
    @Test func flagsAParticipationCodeUnder4() {
        let found = hits(Rule441(), [.reviews: "CHILD,DOB,REVIEW,REVIEW_CODE\nA,01/06/2020,31/05/2024,PN3\nB,01/06/2020,01/06/2024,PN3\nC,01/06/2020,31/05/2024,PN0\n"])
        #expect(found.flaggedRowKeys == ["Reviews:0"])
    }
    @Test func passesFrom4() {
        #expect(hits(Rule441(), [.reviews: "CHILD,DOB,REVIEW,REVIEW_CODE\nB,01/06/2020,01/06/2024,PN7\n"]).isEmpty)
    }
}
