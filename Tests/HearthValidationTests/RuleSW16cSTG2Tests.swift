import Testing
import Hearth
import HearthReturns
@testable import HearthValidation

@Suite struct RuleSW16cSTG2Tests {
    let last: [SSDA903TableName: String] = [.swEpisodes: B3.sw("1,01/01/2010,SW1,01/05/2022,01/05/2023,FCONTA", "1,01/01/2010,SW2,01/05/2023,,LEFTRL", "2,01/01/2010,SW5,01/05/2023,01/02/2024,FCONTA")]

    @Test func flagsTheBreakingRows() {
        let found = hits(RuleSW16cSTG2(), [.swEpisodes: B3.sw("1,01/01/2010,SW9,01/06/2024,,MANAGE", "1,01/01/2010,SW2,01/05/2023,01/06/2024,ORGRST", "2,01/01/2010,SW6,01/05/2024,,FCONTA")], previous: last)
        #expect(found.sorted { ($0.table.rawValue, $0.row) < ($1.table.rawValue, $1.row) } == [RuleHit(.swEpisodes, row: 1)])
    }

    @Test func passesRowsThatKeepTheRule() {
        #expect(hits(RuleSW16cSTG2(), [.swEpisodes: B3.sw("1,01/01/2010,SW2,01/05/2023,,LEFTRL", "2,01/01/2010,SW6,01/05/2024,,FCONTA")], previous: last).isEmpty)
    }

    @Test func needsLastYearsReturn() {
        #expect(RuleSW16cSTG2().needs == [.previousReturn])
    }
}
