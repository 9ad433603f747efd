import Testing
import Hearth
@testable import HearthValidation

@Suite struct Rule174Tests {
    @Test func flagsAMaleWithAMothersChildsBirthDate() {
        #expect(flagged(Rule174(), [.header: csv(.header, "1,M,01/01/2006,WBRI,UN2,,01/01/2024", "2,F,01/01/2006,WBRI,UN2,1,01/01/2024")]) == ["Header:0"])
        #expect(flagged(Rule174(), [.header: csv(.header, "1,1,01/01/2006,WBRI,UN2,,01/01/2024")], year: CollectionYear(2023)) == ["Header:0"])
    }
    @Test func passesFemalesAndBlank() {
        #expect(flagged(Rule174(), [.header: csv(.header, "1,M,01/01/2006,WBRI,UN2,,", "2,F,01/01/2006,WBRI,UN2,1,01/01/2024")]).isEmpty)
    }
}
