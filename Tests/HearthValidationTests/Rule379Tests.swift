import Testing
import Hearth
@testable import HearthValidation

@Suite struct Rule379Tests {
    let start = Day(2024, 5, 1)
    func row(_ child: String, _ place: String, _ days: Int) -> String { "\(child),\(start.ukFormat),\(place),\(start.adding(days: days).ukFormat)" }
    @Test func flagsATemporaryPlacementOverTheLimit() {
        let found = hits(Rule379(), [.episodes: "CHILD,DECOM,PLACE,DEC\n" + [row("A", "T4", 7 + 1), row("B", "U1", 100), row("C", "T4", 7)].joined(separator: "\n")])
        #expect(found.flaggedRowKeys == ["Episodes:0"])
    }
    @Test func passesAtTheLimit() {
        #expect(hits(Rule379(), [.episodes: "CHILD,DECOM,PLACE,DEC\n" + row("C", "T4", 7)]).isEmpty)
    }
}
