import ArgumentParser
import Foundation
import Hearth
import HearthStore

/// `hearth db load FILE.json`: import a county saved as JSON (`hearth db dump`, `hearth synth --out`)
/// into the store in one transaction, replacing that council's data. All or nothing.
struct DbLoad: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "load", abstract: "Import a county JSON file into the store, replacing that council's data.")

    @OptionGroup var store: StoreOption
    @Argument(help: "A county JSON file.") var file: String
    @Flag(help: "Report each stage of the import transaction as it happens.") var progress = false
    @Option(help: "Who is importing, for the change history.") var by: String = ProcessInfo.processInfo.environment["USER"] ?? "hearth"

    func run() async throws {
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: file)) } catch {
            throw StoreCommandFailure("\(file): cannot read: \(error.localizedDescription)")
        }
        let county: County
        do { county = try JSONDecoder().decode(County.self, from: data) } catch {
            throw StoreCommandFailure("\(file): not a county JSON document: \(error)")
        }
        let s = try await store.open()
        do {
            let summary = try await s.save(county, by: by, progress: progress ? Self.report : nil)
            print("\(summary.council) \(county.name): \(summary.children) children, \(summary.rows) rows saved to \(store.location.description)")
        } catch {
            try? await s.close()
            throw StoreCommandFailure("\(file): \(error)")
        }
        try await s.close()
    }

    /// Writes each stage unbuffered, so a watcher sees it even if the process is killed next.
    @Sendable static func report(_ stage: SaveProgress) {
        FileHandle.standardOutput.write(Data("progress: \(stage)\n".utf8))
    }
}
