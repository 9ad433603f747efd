import Testing
import Hearth
import HearthReturns
@testable import HearthValidation

@Suite struct Rule444Tests {
    @Test func flagsEveryRowOfARepeatedUPN() {
        let header = B3.header("1,M,01/01/2010,WBRI,A123456789012,,", "2,F,01/01/2011,WBRI,B123456789012,,",
                               "3,F,01/01/2012,WBRI,A123456789012,,", "4,M,01/01/2013,WBRI,C123456789012,,",
                               "5,M,01/01/2014,WBRI,B123456789012,,")
        #expect(hits(Rule444(), [.header: header], year: CollectionYear(2025)) == [0, 1, 2, 4].map { RuleHit(.header, row: $0) })
    }

    @Test func passesUnknownCodesBlanksAndDistinctUPNs() {
        let header = B3.header("1,M,01/01/2010,WBRI,UN1,,", "2,F,01/01/2011,WBRI,UN1,,", "3,F,01/01/2012,WBRI,UN5,,",
                               "4,M,01/01/2013,WBRI,UN5,,", "5,M,01/01/2014,WBRI,,,", "6,M,01/01/2014,WBRI,,,",
                               "7,M,01/01/2014,WBRI,A123456789012,,")
        #expect(hits(Rule444(), [.header: header], year: CollectionYear(2025)).isEmpty)
    }

    @Test func appliesFrom2025Only() {
        #expect(RuleSet.forYear(CollectionYear(2025)).rules.contains { $0.code == "444" })
        #expect(!RuleSet.forYear(CollectionYear(2024)).rules.contains { $0.code == "444" })
        #expect(!RuleSet.forYear(CollectionYear(2023)).rules.contains { $0.code == "444" })
    }
}
