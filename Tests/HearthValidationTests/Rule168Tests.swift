import Testing
import Hearth
@testable import HearthValidation

@Suite struct Rule168Tests {
    @Test func flagsMalformedUPNs() {
        let h = csv(.header, "1,M,01/01/2010,WBRI,I123456789012,,", "2,M,01/01/2010,WBRI,A12345678901,,", "3,M,01/01/2010,WBRI,UN6,,", "4,M,01/01/2010,WBRI,A12345678901B,,")
        #expect(flagged(Rule168(), [.header: h]) == ["Header:0", "Header:1", "Header:2"])
    }
    @Test func passesValidUPNsUnknownCodesAndBlank() {
        let h = csv(.header, "1,M,01/01/2010,WBRI,A123456789012,,", "2,M,01/01/2010,WBRI,Z12345678901Q,,", "3,M,01/01/2010,WBRI,UN5,,", "4,M,01/01/2010,WBRI,,,")
        #expect(flagged(Rule168(), [.header: h]).isEmpty)
    }
}
