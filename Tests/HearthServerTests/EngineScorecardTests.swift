import Foundation
import Hearth
import HearthIndicators
import HearthSynth
import HTTPTypes
import Hummingbird
import HummingbirdTesting
@testable import HearthServer
import Testing

@Suite("Scorecard pages over the real indicators engine")
struct EngineScorecardTests {
    static let county = SyntheticCounty.generate(SynthParameters(scale: 0.02, seed: 7, years: 3))

    @Test("the pages show exactly what the engine computes")
    func pagesMatchEngine() async throws {
        let server = try await TestServer()
        await server.caseload.replace(with: Self.county)
        let web = try HearthWeb(caseload: server.caseload, store: server.store, configuration: .init(port: 0, bcryptCost: 4),
                                scorecardSource: IndicatorsScorecard())
        let s = try await server.session(for: .performanceAnalyst)
        let month = ReportingMonth(containing: Self.county.extractDate)
        let expected = ScorecardEngine(Self.county).scorecard(month: month)
        #expect(expected.count >= 40)
        try await web.buildApplication().test(.live) { client in
            let csv = try await client.execute(uri: "/scorecard.csv?month=\(month)", method: .get, headers: [.cookie: s.cookie])
            #expect(csv.status == .ok)
            let lines = csv.text.split(separator: "\r\n").dropFirst()
            #expect(lines.count == expected.count)
            for r in expected {
                let line = try #require(lines.first { $0.hasPrefix("\(r.id),") }, "no row for \(r.id)")
                let cells = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
                #expect(cells.contains(r.removed ? "withdrawn" : r.value == nil ? "–" : r.displayValue), "\(r.id): \(line)")
                #expect(cells.contains(r.rag?.word ?? "No RAG"), "\(r.id) RAG: \(line)")
            }
            let page = try await client.execute(uri: "/scorecard?month=\(month)", method: .get, headers: [.cookie: s.cookie])
            #expect(page.status == .ok)
            let first = try #require(expected.first { $0.value != nil })
            let ind = try await client.execute(uri: "/indicators/\(first.id)?month=\(month)", method: .get, headers: [.cookie: s.cookie])
            #expect(ind.status == .ok)
            #expect(ind.text.contains("<svg class=\"trend\""))
            #expect(ind.text.components(separatedBy: "<circle").count - 1 >= 20)
            let children = try await client.execute(uri: "/indicators/\(first.id)/children?month=\(month)", method: .get,
                                                    headers: [.cookie: s.cookie])
            #expect(children.status == .ok)
        }
        try await server.cleanUp()
    }
}
