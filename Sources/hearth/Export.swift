import ArgumentParser
import Foundation
import Hearth
import HearthReturns
import HearthStore
import HearthSynth

/// `hearth export`: write statutory returns and inspection lists from the case model.
struct Export: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write statutory returns (SSDA903, CIN census) and Ofsted Annex A lists from a county.",
        subcommands: [Export903.self, ExportCIN.self, ExportAnnexA.self]
    )
}

/// Where a command reads the county from: the case store by default (`--database`, else
/// `$HEARTH_DATABASE_URL`, else `./hearth.sqlite`), or a JSON Lines directory with `--from`.
struct CountySource: ParsableArguments {
    @Option(help: "Read the county from this JSON Lines directory (from `hearth synth --out`) instead of the store.")
    var from: String?

    @OptionGroup var store: StoreOption

    @Option(help: "Council code to read, when the store holds more than one.")
    var council: String?

    /// Where the county came from, for messages.
    var label: String { from ?? store.location.description }

    func load() async throws -> County {
        let started = Date()
        let county: County
        if let from {
            county = try JSONLinesArchive.read(from: from)
        } else {
            let db = try await store.open(upgrade: false)
            do {
                let councils = try await db.councils()
                guard let code = council ?? (councils.count == 1 ? councils[0].code : nil) else {
                    throw StoreCommandFailure(councils.isEmpty
                        ? "\(store.location) holds no county: load one with `hearth synth` or `hearth import`, or give --from DIR"
                        : "\(store.location) holds councils \(councils.map(\.code).joined(separator: ", ")); choose one with --council")
                }
                guard let loaded = try await db.load(council: code) else {
                    throw StoreCommandFailure("\(store.location) has no council \(code)")
                }
                county = loaded
                try await db.close()
            } catch {
                try? await db.close()
                throw error
            }
        }
        let s = Date().timeIntervalSince(started)
        if s >= 1 { stderr("hearth: read \(county.children.count) children from \(label) in \(String(format: "%.1f", s)) s") }
        return county
    }
}

/// Where an import puts the county: merged into the case store by default, in one transaction
/// (`--replace` replaces the council's whole county instead), or a JSON Lines directory with
/// `--out`; `--check-only` stores nothing.
struct ImportDestination: ParsableArguments {
    @Option(help: "Write the imported county to this JSON Lines directory instead of the store.")
    var out: String?

    @Flag(help: "Only check the files and report findings, and say what merging them into the store would change; store nothing.")
    var checkOnly = false

    @Flag(help: ArgumentHelp(
        "Replace everything the store holds for the council with the return's county (the old behaviour).",
        discussion: "Without it the return is merged: it brings in its own data for its collection years and keeps the rest (docs/returns.md)."))
    var replace = false

    @OptionGroup var store: StoreOption

    func write(_ imported: ReturnImport, reportOptions: ImportReportOptions) async throws {
        let county = imported.county
        if checkOnly {
            if out == nil && !replace { try await previewMerge(imported, reportOptions: reportOptions) }
            return
        }
        if let out {
            try JSONLinesArchive.write(county, to: out)
            stderr("hearth: wrote the county to \(out)")
            return
        }
        let db = try await store.open()
        do {
            if replace {
                let summary = try await db.save(county, by: "hearth import")
                stderr("hearth: replaced council \(county.councilCode) in \(store.location) in one transaction (\(summary))")
            } else {
                let report = reportOptions.report, accept = reportOptions.acceptWithWarnings, kind = imported.kind
                let summary = try await db.mergeImport(county, slice: imported.slice, years: imported.collectionYears,
                                                       by: "hearth import") { merge in
                    stderr("hearth: the import \(merge.summary)")
                    guard try ImportReportOptions.reviewMerge(ReturnImport.findings(of: merge, kind: kind), report: report,
                                                              acceptWithWarnings: accept) else { throw ImportRefused() }
                }
                stderr("hearth: merged \(imported.kind == .cin ? "the CIN census" : "the SSDA903 return") into council \(county.councilCode) "
                       + "in \(store.location) in one transaction: added \(summary.added), updated \(summary.updated), "
                       + "kept \(summary.kept) unchanged\(summary.created ? " (the council was new to the store)" : "")")
            }
            try await db.close()
        } catch is ImportRefused {
            try? await db.close()
            throw ExitCode.failure
        } catch {
            try? await db.close()
            throw StoreCommandFailure("nothing was stored: \(error)")
        }
    }
}

extension ImportDestination {
    /// `--check-only` against a store: the merge the import would do (counts and warnings), read
    /// without writing. No store yet, or a council it does not hold: the return would be saved whole.
    func previewMerge(_ imported: ReturnImport, reportOptions: ImportReportOptions) async throws {
        let county = imported.county
        if case .sqlite(let path) = store.location, !FileManager.default.fileExists(atPath: path) {
            stderr("hearth: check only: there is no store at \(path); importing would create it with \(county.children.count) children")
            return
        }
        let db = try await store.open(upgrade: false)
        let stored: County?
        do { stored = try await db.load(council: county.councilCode); try await db.close() } catch {
            try? await db.close()
            throw StoreCommandFailure("could not read \(store.location) to preview the merge: \(error)")
        }
        guard let stored else {
            stderr("hearth: check only: \(store.location) does not hold council \(county.councilCode); importing would add its \(county.children.count) children")
            return
        }
        let merge = ReturnMerge.merge(stored: stored, imported: county, slice: imported.slice, years: imported.collectionYears)
        stderr("hearth: check only: the import \(merge.summary); nothing was stored")
        for v in merge.violations.prefix(50) { stderr("hearth: merged record would be refused: \(v)") }
        let findings = ReturnImport.findings(of: merge, kind: imported.kind)
        // Shown (or added to --report) as a real import would; acceptance is not asked for.
        _ = try ImportReportOptions.reviewMerge(findings, report: reportOptions.report, acceptWithWarnings: true)
        if !merge.violations.isEmpty { throw ExitCode.failure }
    }
}

/// The user did not accept the merge's warnings: nothing was stored.
struct ImportRefused: Error {}
