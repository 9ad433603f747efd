import ArgumentParser
import Foundation
import Hearth
import HearthReturns
import HearthStore
import HearthSynth

/// `hearth synth`: generate the synthetic county and write it as JSON Lines, or (without
/// `--out`) save it into the store, replacing that council's data.
struct Synth: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Generate a seeded synthetic county and write it as JSON Lines, one file per record kind.",
        discussion: """
        The same --scale, --seed, --years and --extract-date always give byte-identical files.
        --scale 1 is Kent-sized (about 9,300 open cases); --scale 50 is roughly England.
        Without --out the county is saved into the store (--database, $HEARTH_DATABASE_URL or ./hearth.sqlite).
        Files: county.json, areas.jsonl, teams.jsonl, workers.jsonl, posts.jsonl,
        fostering_households.jsonl, postcodes.jsonl, children.jsonl.
        """
    )

    @OptionGroup var generation: GenerationOptions

    @Option(name: .long, help: "Directory to write the JSON Lines files to (created if missing); without it, save into the store.")
    var out: String?

    @OptionGroup var store: StoreOption

    @Option(help: "jsonl (the county), 903 (an SSDA903 CSV set per collection year, in <out>/<yyyy-yy>/) or cin (a CIN census XML per year, <out>/cin_<yyyy-yy>.xml).")
    var format: SynthFormat = .jsonl

    func validate() throws {
        if out == nil && format != .jsonl { throw ValidationError("--format \(format.rawValue) needs --out") }
    }

    func run() async throws {
        let county = generation.generate()
        guard let out else {
            let s = try await store.open()
            do {
                // The generator's own tests hold it to the invariants; re-checking 68,000 children here only costs time.
                let summary = try await s.save(county, by: "hearth synth", checkingInvariants: false)
                try await s.close()
                FileHandle.standardError.write(Data("hearth: saved \(summary.children) children (\(summary.rows) rows) to \(store.location.description)\n".utf8))
            } catch {
                try? await s.close()
                throw error
            }
            return
        }
        switch format {
        case .jsonl:
            try JSONLinesArchive.write(county, to: out)
        case .ssda903, .cin:
            // Every collection year the history reaches, the last one as far as the extract date.
            let first = CollectionYear(containing: generation.parameters.historyStart)
            let last = CollectionYear(containing: county.extractDate)
            try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
            for y in first.startYear...last.startYear {
                let year = CollectionYear(y), label = year.label.replacingOccurrences(of: "/", with: "-")
                if format == .cin {
                    try Data(CINCensusWriter.xml(county, year: year)).write(to: URL(fileURLWithPath: "\(out)/cin_\(label).xml"))
                } else {
                    try SSDA903Writer.writeCSV(SSDA903Export.tables(for: county, year: year), to: "\(out)/\(label)")
                }
            }
        }
        FileHandle.standardError.write(Data("hearth: wrote \(county.children.count) children to \(out) as \(format.rawValue)\n".utf8))
    }
}

/// What `hearth synth` writes: the county itself, or the returns a council would make from it.
enum SynthFormat: String, ExpressibleByArgument, CaseIterable {
    case jsonl
    case ssda903 = "903"
    case cin
}

/// Options shared by the commands that generate a county.
struct GenerationOptions: ParsableArguments {
    @Option(help: "County size: 1 is Kent-sized, 50 is roughly England.")
    var scale: Double = 1

    @Option(help: "Random seed; the same seed gives the same county.")
    var seed: UInt64 = 1

    @Option(help: "Years of recorded history before the extract date.")
    var years: Int = 5

    @Option(name: .customLong("extract-date"), help: "The date the records are complete to (yyyy-mm-dd).")
    var extractDate: String = SynthParameters.defaultExtractDate.iso

    func validate() throws {
        guard scale > 0, scale.isFinite else { throw ValidationError("--scale must be a positive number, got \(scale)") }
        guard years >= 1 else { throw ValidationError("--years must be at least 1, got \(years)") }
        guard Day(iso: extractDate) != nil else { throw ValidationError("--extract-date must be a yyyy-mm-dd date, got \(extractDate)") }
    }

    var parameters: SynthParameters {
        SynthParameters(scale: scale, seed: seed, years: years, extractDate: Day(iso: extractDate)!)
    }

    /// Generates the county, with a progress line on stderr only if it takes over a second.
    func generate() -> County {
        let started = Date()
        let notice = DispatchWorkItem {
            FileHandle.standardError.write(Data("hearth: generating the county (scale \(scale), \(years) years)…\n".utf8))
        }
        DispatchQueue.global().asyncAfter(deadline: .now() + 1, execute: notice)
        let county = SyntheticCounty.generate(parameters)
        notice.cancel()
        let seconds = Date().timeIntervalSince(started)
        if seconds > 1 {
            FileHandle.standardError.write(Data("hearth: generated in \(String(format: "%.1f", seconds)) s\n".utf8))
        }
        return county
    }
}
