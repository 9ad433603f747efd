import ArgumentParser
import Foundation
import Hearth
import HearthSynth

/// `hearth export`: write statutory returns and inspection lists from the case model.
struct Export: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write statutory returns (SSDA903, CIN census) and Ofsted Annex A lists from a county.",
        subcommands: [Export903.self, ExportCIN.self, ExportAnnexA.self]
    )
}

/// Where an export reads the county from: a JSON Lines directory as written by `hearth synth`
/// or `hearth import`.
struct CountySource: ParsableArguments {
    @Option(help: "Directory holding the county as JSON Lines (from `hearth synth` or `hearth import`).")
    var from: String

    func load() throws -> County {
        let started = Date()
        let county = try JSONLinesArchive.read(from: from)
        let s = Date().timeIntervalSince(started)
        if s >= 1 { stderr("hearth: read \(county.children.count) children from \(from) in \(String(format: "%.1f", s)) s") }
        return county
    }
}
