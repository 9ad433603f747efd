import ArgumentParser
import Foundation
import Hearth
import HearthReturns
import HearthSynth

/// `hearth-bench returns`: writes then reads a national-size SSDA903 return (about 100,000
/// children looked after during the year) as CSV and XML. Targets: each under 5 s in release.
struct ReturnsBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "returns",
        abstract: "Write and read a national-size 903 return (CSV and XML), and map it to the model and back."
    )

    @Option(help: "Children looked after during the year.") var children = 100_000
    @Option(help: "Collection year (start year).") var year = 2024
    @Option(help: "Scratch directory (removed afterwards).") var scratch = NSTemporaryDirectory() + "hearth-bench-returns"
    @Option(help: "Also check synth → 903 → model → 903 at this synthetic-county scale (1 = Kent), over 3 years.")
    var roundTripScale: Double?

    func run() async throws {
        let cy = CollectionYear(year)
        let county = NationalCareCohort.county(children: children, year: cy)
        try? FileManager.default.removeItem(atPath: scratch)
        defer { try? FileManager.default.removeItem(atPath: scratch) }

        print("903 \(cy.label), \(children) children")
        let tables = Self.time("model → tables (episodes, cohorts)") { SSDA903Export.tables(for: county, year: cy) }
        print("  rows: " + SSDA903TableName.allCases.compactMap { n in tables[n].map { "\(n.rawValue) \($0.count)" } }.joined(separator: ", "))
        try Self.time("tables → CSV files") { try SSDA903Writer.writeCSV(tables, to: scratch + "/csv") }
        let (readCSV, f1) = try Self.time("CSV files → tables") { try SSDA903Reader.readTables(directory: scratch + "/csv", year: cy) }
        let (model, f2) = Self.time("tables → model (stitch, chain, invariants)") { SSDA903Import.county(from: [readCSV]) }
        try Self.time("model → XML file") { try SSDA903Writer.writeXML(SSDA903Export.tables(for: model, year: cy), to: scratch + "/return.xml") }
        let (readXML, f3) = try Self.time("XML file → tables") { try SSDA903Reader.readTables(xmlFile: scratch + "/return.xml", year: cy) }
        let findings = f1 + f2 + f3
        print("findings: \(findings.errorCount) errors, \(findings.warningCount) warnings; children imported \(model.children.count); XML episodes \(readXML[.episodes]?.count ?? 0)")
        for f in findings.prefix(5) { print("  \(f)") }
        print("peak memory: \(PeakMemory.description)")
        if findings.hasErrors { throw ExitCode.failure }
        if let scale = roundTripScale { try roundTrip(scale: scale) }
    }

    /// Runs `body`, printing its wall-clock and CPU time: the machine is shared, so both are shown.
    static func time<T>(_ label: String, _ body: () throws -> T) rethrows -> T {
        let start = DispatchTime.now(), cpu = PeakMemory.cpuSeconds()
        let r = try body()
        let s = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
        let c = PeakMemory.cpuSeconds() - cpu
        print(label.padding(toLength: 44, withPad: " ", startingAt: 0) + String(format: "%7.2f s wall  %7.2f s cpu", s, c))
        return r
    }

    /// synth → 903 (every year, CSV) → model → 903: the same rows, and the model a fixed point.
    func roundTrip(scale: Double) throws {
        let p = SynthParameters(scale: scale, seed: 1, years: 3)
        let county = SyntheticCounty.generate(p)
        let years = (CollectionYear(containing: p.historyStart).startYear...CollectionYear(containing: p.extractDate).startYear).map(CollectionYear.init)
        print("round trip: synthetic county at scale \(scale), \(county.children.count) children, years \(years.map(\.label).joined(separator: ", "))")
        func cycle(_ c: County, _ tag: String) throws -> ([SSDA903Return], County) {
            var back: [SSDA903Return] = []
            var exported: [SSDA903Return] = []
            for y in years {
                let t = SSDA903Export.tables(for: c, year: y)
                let dir = "\(scratch)/rt-\(tag)/\(y.startYear)"
                try SSDA903Writer.writeCSV(t, to: dir)
                exported.append(t)
                back.append(try SSDA903Reader.readTables(directory: dir, year: y).0)
            }
            let (model, findings) = SSDA903Import.county(from: back, councilCode: c.councilCode)
            if findings.hasErrors { print("  errors: \(findings.filter(\.isError).prefix(5))"); throw ExitCode.failure }
            return (exported, model)
        }
        let (first, model1) = try Self.time("export + import (first pass)") { try cycle(county, "1") }
        let (second, model2) = try Self.time("export + import (second pass)") { try cycle(model1, "2") }
        func rows(_ r: SSDA903Return) -> [String: [[String]]] {
            Dictionary(uniqueKeysWithValues: r.tables.map { ($0.key.rawValue, $0.value.rows.sorted { $0.lexicographicallyPrecedes($1) }) })
        }
        let sameRows = zip(first, second).allSatisfy { rows($0) == rows($1) }
        print("  same 903 rows every year: \(sameRows); same model after the second import: \(model1 == model2)")
        if !sameRows || model1 != model2 { throw ExitCode.failure }
    }
}

/// A deterministic national-size cohort of children in care, built directly (not through the
/// synthetic county) so the benchmark measures the returns code alone.
enum NationalCareCohort {
    static func county(children n: Int, year: CollectionYear) -> County {
        var rng = SplitMix(seed: 903)
        let lsCodes: [LegalStatus] = [.c1, .c2, .v2, .e1, .l2, .j1]
        let places: [PlacementType] = [.u4, .u6, .u1, .u3, .k2, .r1, .p1, .a5, .s1, .t2]
        let providers: [PlacementProvider] = [.pr1, .pr2, .pr4, .pr5]
        var out: [ChildRecord] = []
        out.reserveCapacity(n)
        for i in 0..<n {
            let dob = Day(2006, 1, 1).adding(days: rng.next(6500))
            var start = max(dob, year.start.adding(days: -rng.next(2500)))
            if rng.next(5) == 0 { start = year.start.adding(days: rng.next(300)) }
            start = max(start, dob)
            var child = ChildRecord(id: ChildID("C\(100000 + i)"), sex: [SexRecord(rng.next(2) == 0 ? .m : .f)], dateOfBirth: dob,
                                    ethnicity: .wbri, upn: "A\(100000000000 + i)", homePostcode: "ME\(rng.next(20)) \(rng.next(9))AA")
            var period = PeriodOfCare.begin(id: "\(i)", on: start, legalStatus: lsCodes[rng.next(lsCodes.count)],
                                            placement: placement(&rng, places, providers, i, 0), categoryOfNeed: .n1)
            var day = start
            for k in 1...(1 + rng.next(5)) {
                day = day.adding(days: 20 + rng.next(300))
                if day > year.end { break }
                if rng.next(3) == 0 {
                    try! period.changeLegalStatus(to: lsCodes[rng.next(lsCodes.count)], on: day)
                } else {
                    try! period.changePlacement(to: placement(&rng, places, providers, i, k), on: day, reason: .carpl)
                }
            }
            if rng.next(4) == 0, day < year.end.adding(days: -10) {
                try! period.end(on: day.adding(days: 1 + rng.next(day.days(to: year.end))), reason: .e4a)
            }
            for r in 0..<rng.next(4) {
                let d = max(start, year.start).adding(days: 30 + 90 * r)
                if d <= year.end && period.span.contains(d) { period.reviews.append(CarePlanReview(date: d, participation: .pn1)) }
            }
            child.periodsOfCare = [period]
            if rng.next(8) == 0 {
                let m = max(start, year.start).adding(days: rng.next(200))
                if period.span.contains(m) { child.missingEpisodes = [MissingEpisode(kind: .m, span: DaySpan(start: m, end: m.adding(days: 2)))] }
            }
            if rng.next(16) == 0 { child.uasc = [DaySpan(start: start, end: dob.birthday(18))] }
            child.allocations = [CaseAllocation(team: "T", worker: WorkerID("SW\(rng.next(9000))"), span: DaySpan(start: start), reason: .fconta)]
            out.append(child)
        }
        return County(councilCode: "999", name: "England-size cohort", extractDate: year.end, children: out)
    }

    static func placement(_ rng: inout SplitMix, _ places: [PlacementType], _ providers: [PlacementProvider], _ i: Int, _ k: Int) -> PlacementSpan {
        let t = places[rng.next(places.count)]
        return PlacementSpan(span: DaySpan(start: Day(2000, 1, 1)), type: t, provider: providers[rng.next(providers.count)],
                             carer: CarerID("H\(i)-\(k)"), urn: "SC\(rng.next(99999))", postcode: "TN\(rng.next(30)) \(rng.next(9))BB")
    }
}

/// A small seeded generator so the cohort is the same on every run.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next(_ bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        z ^= z >> 31
        return bound <= 1 ? 0 : Int(z % UInt64(bound))
    }
}
