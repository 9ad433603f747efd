import Foundation
import Testing

/// `hearth scorecard --batch-children N` streams a JSON Lines archive in batches and prints the
/// same scorecard as loading the county whole, run as a user would.
@Suite("hearth scorecard, streamed")
struct ScorecardCommandTests {
    @Test("streamed in batches, the scorecard is the whole-county one, for the council and an area, with and without UASC")
    func streamedEqualsWhole() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("hearth-scorecard-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let (made, madeOut) = try ImportCommandTests.hearth(["synth", "--scale", "0.03", "--seed", "5", "--out", dir])
        #expect(made == 0, "\(madeOut)")
        for extra in [["--format", "json", "--all"], ["--format", "csv", "--unit", "area:North", "--exclude-uasc"]] {
            let args = ["scorecard", "--from", dir, "--as-of", "2026-02-15"] + extra
            let (s1, whole) = try ImportCommandTests.hearth(args)
            let (s2, streamed) = try ImportCommandTests.hearth(args + ["--batch-children", "400"])
            #expect(s1 == 0 && s2 == 0, "\(whole)\n\(streamed)")
            // Progress lines go to stderr, merged here: compare the rest.
            func body(_ text: String) -> String { text.split(separator: "\n").filter { !$0.hasPrefix("hearth: ") }.joined(separator: "\n") }
            #expect(body(streamed) == body(whole), "\(extra)")
            #expect(streamed.contains("streamed from \(dir) in"))
            #expect(whole.contains("\"rag\"") || whole.contains(","), "output is not empty")
        }
        let (refused, message) = try ImportCommandTests.hearth(["scorecard", "--as-of", "2026-02", "--batch-children", "10"])
        #expect(refused != 0 && message.contains("give --from DIR"), "\(message)")
        let (worker, workerMessage) = try ImportCommandTests.hearth(["scorecard", "--from", dir, "--as-of", "2026-02",
                                                                     "--unit", "worker:W1", "--batch-children", "10"])
        #expect(worker != 0 && workerMessage.contains("worker's caseload"), "\(workerMessage)")
    }
}
