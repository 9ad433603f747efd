import ArgumentParser
import Foundation
import Hearth
import HearthReturns
import HearthSynth

/// `hearth import 903 DIR|FILE.xml…`: read one or more years of SSDA903 returns, stitch them
/// per child and merge them into the case store (`--replace`: replace the council's county; `--out`:
/// a JSON Lines folder instead). All-or-nothing: any error (or warning, without
/// --accept-with-warnings) means nothing is written and the exit status is non-zero.
struct Import903: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "903",
        abstract: "Import SSDA903 returns: CSV directories and/or XML files, one per collection year.",
        discussion: """
            Several returns for the same council are stitched per child. The result is merged into the store: \
            the looked-after records of the returns' years come in; everything else is kept (docs/returns.md).
            """
    )

    @Argument(help: "A directory of 903 CSV files (header.csv, episodes.csv, …) or a 903 XML file; several for several years.")
    var returns: [String]

    @OptionGroup var reportOptions: ImportReportOptions

    @OptionGroup var destination: ImportDestination

    @Option(help: "Collection year (start year, e.g. 2024) when there is one return; otherwise each is inferred from its dates.")
    var year: Int?

    @Option(help: "DfE local-authority code of the council.")
    var council = "000"

    func validate() throws {
        if year != nil && returns.count > 1 { throw ValidationError("--year applies to a single return; with several, each year is inferred") }
    }

    func run() async throws {
        let started = Date()
        let imported = try ReturnImport.ssda903(
            paths: returns, year: year.map(CollectionYear.init), councilCode: council,
            onRead: { path, r in
                let rows = r.tables.values.reduce(0) { $0 + $1.count }
                stderr("hearth: read \(path): \(rows) rows, year \(r.year?.label ?? "unknown") (\(String(format: "%.1f", Date().timeIntervalSince(started))) s)")
            },
            xmlProgress: { path, total in ReturnsProgress("reading \(path)", total: total) },
            mappingProgress: { ReturnsProgress("mapping to the case model", total: $0) })
        guard try reportOptions.review(imported.findings) else { throw ExitCode.failure }
        let county = imported.county
        stderr("hearth: \(county.children.count) children, \(county.children.reduce(0) { $0 + $1.periodsOfCare.count }) periods of care")
        try await destination.write(imported, reportOptions: reportOptions)
    }
}
