import ArgumentParser
import Foundation
import Hearth
import HearthReturns

/// `hearth export annex-a --as-of DATE --out DIR`: Ofsted Annex A lists 1 to 11 as CSV files.
struct ExportAnnexA: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "annex-a", abstract: "Write Ofsted Annex A lists 1 to 11 for an inspection date.")

    @Option(name: .customLong("as-of"), help: "The inspection date (yyyy-mm-dd).")
    var asOf: String

    @Option(help: "Directory to write the eleven CSV files to (created if missing).")
    var out: String

    @OptionGroup var source: CountySource

    func validate() throws {
        guard Day(iso: asOf) != nil else { throw ValidationError("--as-of must be a yyyy-mm-dd date, got \(asOf)") }
    }

    func run() async throws {
        let county = try await source.load()
        let lists = AnnexA.lists(county, asOf: Day(iso: asOf)!)
        try AnnexA.write(lists, to: out)
        stderr("hearth: wrote Annex A to \(out): " + lists.map { "list \($0.number) \($0.rows.count)" }.joined(separator: ", "))
    }
}
