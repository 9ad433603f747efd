import ArgumentParser
import Foundation
import Hearth
import HearthReturns

/// `hearth export 903 --year 2024 --out DIR [--xml]`: the SSDA903 return for a collection year,
/// as the CSV set (DIR/header.csv, …) or as one XML file (DIR/ssda903_2024-25.xml).
struct Export903: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "903", abstract: "Write the SSDA903 return for a collection year.")

    @Option(help: "Collection year by its start year: 2024 is 2024/25 (1 April 2024 to 31 March 2025).")
    var year: Int

    @Option(help: "Directory to write to (created if missing).")
    var out: String

    @Flag(help: "Write the XML form instead of the CSV set.")
    var xml = false

    @OptionGroup var source: CountySource

    func run() async throws {
        let county = try await source.load()
        let cy = CollectionYear(year)
        let tables = SSDA903Export.tables(for: county, year: cy, progress: ReturnsProgress("deriving 903 episodes", total: county.children.count))
        if xml {
            try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
            let file = out + "/ssda903_\(cy.label.replacingOccurrences(of: "/", with: "-")).xml"
            try SSDA903Writer.writeXML(tables, to: file)
            stderr("hearth: wrote \(file)")
        } else {
            try SSDA903Writer.writeCSV(tables, to: out)
            stderr("hearth: wrote the \(cy.label) 903 CSV set to \(out)")
        }
        stderr("hearth: " + SSDA903TableName.allCases.compactMap { n in tables[n].map { "\(n.rawValue) \($0.count)" } }.joined(separator: ", "))
    }
}
