import ArgumentParser
import Foundation
import Hearth
import HearthReturns
import HearthSynth

/// `hearth import 903 DIR|FILE.xml…`: read one or more years of SSDA903 returns, stitch them
/// per child and save the county into the case store (or, with --out, a JSON Lines folder). All-or-nothing: any error (or warning, without
/// --accept-with-warnings) means nothing is written and the exit status is non-zero.
struct Import903: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "903",
        abstract: "Import SSDA903 returns: CSV directories and/or XML files, one per collection year.",
        discussion: "Several returns for the same council are stitched per child (docs/returns.md)."
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
        var tables: [SSDA903Return] = []
        var findings: [ImportFinding] = []
        let started = Date()
        for path in returns {
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
                throw ValidationError("\(path) does not exist")
            }
            let cy = year.map(CollectionYear.init)
            let (r, f) = isDir.boolValue ? try SSDA903Reader.readTables(directory: path, year: cy)
                                         : try SSDA903Reader.readTables(xmlFile: path, year: cy,
                                                                        progress: { ReturnsProgress("reading \(path)", total: $0) })
            let rows = r.tables.values.reduce(0) { $0 + $1.count }
            stderr("hearth: read \(path): \(rows) rows, year \(r.year?.label ?? "unknown") (\(String(format: "%.1f", Date().timeIntervalSince(started))) s)")
            tables.append(r)
            findings += f
        }
        let total = tables.reduce(0) { $0 + $1.tables.values.reduce(0) { $0 + $1.count } }
        let (county, mapped) = SSDA903Import.county(from: tables, councilCode: council,
                                                    progress: ReturnsProgress("mapping to the case model", total: total))
        findings += mapped
        guard try reportOptions.review(findings) else { throw ExitCode.failure }
        stderr("hearth: \(county.children.count) children, \(county.children.reduce(0) { $0 + $1.periodsOfCare.count }) periods of care")
        try await destination.write(county)
    }
}
