import ArgumentParser
import Foundation
import Hearth
import HearthIndicators
import HearthSynth

/// `hearth-bench indicators --scale 1`: the full scorecard (every indicator × 24 months × council,
/// areas and teams × with and without UASC). Targets: ≤ 1 s at scale 1, ≤ 30 s and ≤ 4 GB at scale 50.
struct IndicatorsBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "indicators", abstract: "Time the full scorecard run over a synthetic county.")

    @Option(help: "Synthetic county scale (1 = Kent-sized).") var scale: Double = 1
    @Option(help: "Synthetic county seed.") var seed: UInt64 = 1
    @Option(help: "Months in the series.") var months: Int = 24
    @Option(help: "Worker threads (default: all cores).") var threads: Int = ProcessInfo.processInfo.activeProcessorCount
    @Flag(help: "Also time each indicator on its own (one thread), slowest first.") var perIndicator = false

    func run() async throws {
        let clock = ContinuousClock()
        var county: County!
        let generate = clock.measure { county = SyntheticCounty.generate(SynthParameters(scale: scale, seed: seed)) }
        let countyMB = residentMegabytes()
        var index: CountyIndex!
        let cpuBefore = PeakMemory.cpuSeconds()
        let indexing = clock.measure { index = CountyIndex(county) }
        let last = ReportingMonth(containing: county.extractDate).adding(months: county.extractDate == county.extractDate.lastOfMonth ? 0 : -1)
        var run: ScorecardRun!
        let scoring = clock.measure {
            run = ScorecardRun.compute(index: index, targets: .kent(), through: last, months: months, threads: threads)
        }
        let cpu = PeakMemory.cpuSeconds() - cpuBefore
        let units = run.units.count
        print("county: \(county.children.count) children, \(county.areas.count) areas, \(county.teams.count) teams (generated in \(generate))")
        print("index built in \(indexing)")
        print("scorecard: \(run.definitions.count) indicators × \(months) months × \(units) units × 2 = \(run.cellCount) results in \(scoring)")
        print("index + scorecard: \(indexing + scoring)  (target: \(scale <= 1 ? "≤ 1 s" : "≤ 30 s") in release)")
        print("CPU time (user + system) of index + scorecard: \(cpu) s (wall time is inflated when the machine is shared)")
        print("memory: \(countyMB) MB resident after generating the county; peak \(PeakMemory.megabytes()) MB for the process")
        if perIndicator {
            var times: [(String, Duration)] = []
            for d in IndicatorCatalogue.all {
                let t = clock.measure { _ = ScorecardRun.compute(index: index, targets: .kent(), through: last, months: months,
                                                                 definitions: [d], threads: 1) }
                times.append((d.id, t))
            }
            for (id, t) in times.sorted(by: { $0.1 > $1.1 }).prefix(20) { print("  \(id): \(t)") }
        }
    }
}

/// Current resident set size (VmRSS) in MB: the county's own footprint, before the engine runs.
private func residentMegabytes() -> Int {
    guard let s = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
          let line = s.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") }) else { return -1 }
    return (Int(line.split(separator: " ").dropFirst().first ?? "") ?? -1) / 1024
}
