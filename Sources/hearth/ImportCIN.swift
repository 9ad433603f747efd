import ArgumentParser
import Foundation
import Hearth
import HearthReturns
import HearthSynth

/// `hearth import cin FILE.xml`: read a CIN census and merge it into the case store (`--replace`,
/// `--out DIR` as for `hearth import 903`), all-or-nothing like `hearth import 903`.
struct ImportCIN: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cin", abstract: "Import a children in need census XML file.",
        discussion: """
            The census is merged into the store: the children-in-need records of its year and the \
            disabilities come in; everything else is kept (docs/returns.md).
            """)

    @Argument(help: "The CIN census XML file.")
    var file: String

    @OptionGroup var reportOptions: ImportReportOptions

    @OptionGroup var destination: ImportDestination

    func run() async throws {
        let imported = try ReturnImport.cin(file: file)
        guard try reportOptions.review(imported.findings) else { throw ExitCode.failure }
        let county = imported.county
        stderr("hearth: \(county.children.count) children, \(county.children.reduce(0) { $0 + $1.childInNeedEpisodes.count }) CIN episodes")
        try await destination.write(imported, reportOptions: reportOptions)
    }
}
