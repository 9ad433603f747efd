import ArgumentParser
import Foundation
import Hearth
import HearthReturns

/// `hearth export cin --year 2024 --out FILE.xml`: the children in need census for a year.
struct ExportCIN: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "cin", abstract: "Write the children in need census XML for a census year.")

    @Option(help: "Census year by its start year: 2024 has reference date 31 March 2025.")
    var year: Int

    @Option(help: "The XML file to write.")
    var out: String

    @OptionGroup var source: CountySource

    func run() async throws {
        let county = try await source.load()
        let stamp = ISO8601DateFormatter().string(from: Date()).prefix(19)
        let bytes = CINCensusWriter.xml(county, year: CollectionYear(year), generated: String(stamp))
        try Data(bytes).write(to: URL(fileURLWithPath: out))
        stderr("hearth: wrote \(out)")
    }
}
