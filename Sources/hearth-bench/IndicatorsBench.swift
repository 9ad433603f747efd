import ArgumentParser
import Foundation
import Hearth
import HearthIndicators
import HearthSynth

/// `hearth-bench indicators --scale 1`: the full scorecard (every indicator × 24 months × council,
/// areas and teams × with and without UASC). Targets: ≤ 1 s at scale 1, ≤ 30 s and ≤ 4 GB at scale 50.
///
/// With `--from DIR` the county is streamed from a JSON Lines archive (`hearth synth --scale 50
/// --format jsonl --out DIR`) in batches of `--batch-children`, and the scorecard is partitioned:
/// only the shell and one batch are in memory at a time.
struct IndicatorsBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "indicators", abstract: "Time the full scorecard run over a synthetic county.")

    @Option(help: "Synthetic county scale (1 = Kent-sized).") var scale: Double = 1
    @Option(help: "Synthetic county seed.") var seed: UInt64 = 1
    @Option(help: "Months in the series.") var months: Int = 24
    @Option(help: "Worker threads (default: all cores).") var threads: Int = ProcessInfo.processInfo.activeProcessorCount
    @Flag(help: "Also time each indicator on its own (one thread), slowest first.") var perIndicator = false
    @Option(help: "Stream the county from this JSON Lines archive instead of generating it (partitioned run).")
    var from: String?
    @Option(name: .customLong("batch-children"), help: "Children per batch of a partitioned run (with --from, or to partition a generated county).")
    var batchChildren: Int?
    @Option(name: .customLong("chunk-children"), help: "Children indexed and tallied together within a batch, one chunk per thread.")
    var chunkChildren: Int = 10_000

    func validate() throws {
        if let b = batchChildren, b <= 0 { throw ValidationError("--batch-children must be positive, got \(b)") }
        if chunkChildren <= 0 { throw ValidationError("--chunk-children must be positive, got \(chunkChildren)") }
        if perIndicator && from != nil { throw ValidationError("--per-indicator needs a generated county (no --from)") }
    }

    func run() async throws {
        if let from { try streamed(from) } else if let batchChildren { partitionedInMemory(batchChildren) } else { whole() }
    }

    private func lastMonth(_ extract: Day) -> ReportingMonth {
        ReportingMonth(containing: extract).adding(months: extract == extract.lastOfMonth ? 0 : -1)
    }

    /// The unpartitioned run over a generated county (what the server's engine indexes).
    private func whole() {
        let clock = ContinuousClock()
        var county: County!
        let generate = clock.measure { county = SyntheticCounty.generate(SynthParameters(scale: scale, seed: seed)) }
        let countyMB = residentMegabytes()
        var index: CountyIndex!
        let cpuBefore = PeakMemory.cpuSeconds()
        let indexing = clock.measure { index = CountyIndex(county) }
        let last = lastMonth(county.extractDate)
        var run: ScorecardRun!
        let scoring = clock.measure {
            run = ScorecardRun.compute(index: index, targets: .kent(), through: last, months: months, threads: threads)
        }
        let cpu = PeakMemory.cpuSeconds() - cpuBefore
        print("county: \(county.children.count) children, \(county.areas.count) areas, \(county.teams.count) teams (generated in \(generate))")
        print("index built in \(indexing)")
        report(run, seconds: indexing + scoring, cpu: cpu)
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

    /// A generated county fed to the partitioned run in batches (to compare with `whole`).
    private func partitionedInMemory(_ size: Int) {
        var county = SyntheticCounty.generate(SynthParameters(scale: scale, seed: seed))
        var children = county.children
        county.children = []
        let p = PartitionedScorecard(shell: county, through: lastMonth(county.extractDate), months: months, threads: threads,
                                         chunkSize: chunkChildren)
        let cpuBefore = PeakMemory.cpuSeconds()
        var start = 0
        let run = p.run {
            guard start < children.count else { children = []; return nil }
            defer { start += size }
            return Array(children[start..<min(children.count, start + size)])
        }
        print("county: \(p.childCount) children in \(p.batchCount) batches of up to \(size) (generated, held in memory)")
        report(run, seconds: p.elapsed, cpu: PeakMemory.cpuSeconds() - cpuBefore, partitioned: p)
        print("memory: peak \(PeakMemory.megabytes()) MB for the process (includes the generated county)")
    }

    /// Shell plus batches streamed from a JSON Lines archive: reading and decoding timed apart from
    /// indexing and tallying.
    private func streamed(_ dir: String) throws {
        let clock = ContinuousClock()
        let size = batchChildren ?? 250_000
        let cpuStart = PeakMemory.cpuSeconds()
        var shell: County!
        var reading = try clock.measure { shell = try JSONLinesArchive.readShell(from: dir) }
        let stream = try JSONLinesArchive.children(in: dir, shell: shell, batchSize: size, threads: threads)
        let p = PartitionedScorecard(shell: shell, through: lastMonth(shell.extractDate), months: months, threads: threads,
                                         chunkSize: chunkChildren)
        var readCPU = 0.0, scoreCPU = 0.0
        readCPU += PeakMemory.cpuSeconds() - cpuStart
        while true {
            var batch: [ChildRecord]? = nil
            let c0 = PeakMemory.cpuSeconds()
            reading += try clock.measure { batch = try stream.next() }
            let c1 = PeakMemory.cpuSeconds()
            readCPU += c1 - c0
            guard let b = batch else { break }
            batch = nil
            p.add(b)
            scoreCPU += PeakMemory.cpuSeconds() - c1
            FileHandle.standardError.write(Data("  batch \(p.batchCount): \(p.childCount) children, peak \(PeakMemory.megabytes()) MB\n".utf8))
        }
        var run: ScorecardRun!
        let c2 = PeakMemory.cpuSeconds()
        let rating = clock.measure { run = p.finish() }
        scoreCPU += PeakMemory.cpuSeconds() - c2
        print("county: \(p.childCount) children, \(shell.areas.count) areas, \(shell.teams.count) teams, streamed from \(dir) in \(p.batchCount) batches of up to \(size)")
        print("read + decode + check: \(reading) for \(stream.bytesRead / 1_000_000) MB (CPU \(String(format: "%.1f", readCPU)) s)")
        report(run, seconds: p.elapsed + rating, cpu: scoreCPU, partitioned: p)
        print("memory: peak \(PeakMemory.megabytes()) MB for the process (shell + one batch + its index + tallies)")
    }

    private func report(_ run: ScorecardRun, seconds: Duration, cpu: Double, partitioned p: PartitionedScorecard? = nil) {
        print("scorecard: \(run.definitions.count) indicators × \(months) months × \(run.units.count) units × 2 = \(run.cellCount) results")
        if let p { print("  over \(p.batchCount) batches in chunks of up to \(p.chunkSize) children; thread time: indexing \(p.indexing), tallying \(p.tallying)") }
        print("index + scorecard: \(seconds)  (target: \(scale <= 1 && from == nil ? "≤ 1 s" : "≤ 30 s at scale 50") in release)")
        print("CPU time (user + system) of index + scorecard: \(String(format: "%.2f", cpu)) s (wall time is inflated when the machine is shared)")
    }
}

/// Current resident set size (VmRSS) in MB: the county's own footprint, before the engine runs.
private func residentMegabytes() -> Int {
    guard let s = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
          let line = s.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") }) else { return -1 }
    return (Int(line.split(separator: " ").dropFirst().first ?? "") ?? -1) / 1024
}
