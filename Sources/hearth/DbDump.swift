import ArgumentParser
import Foundation
import Hearth
import HearthStore

/// `hearth db dump --council CODE FILE.json`: write one council's county as JSON, for moving
/// between stores (SQLite to PostgreSQL) or inspecting.
struct DbDump: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dump", abstract: "Write one council's county from the store as a JSON file.")

    @OptionGroup var store: StoreOption
    @Option(help: "The council code (DfE LA code) to write.") var council: String
    @Argument(help: "The JSON file to write.") var file: String

    func run() async throws {
        let s = try await store.open()
        let county = try await s.load(council: council)
        try await s.close()
        guard let county else { throw StoreCommandFailure("no council \(council) in \(store.location.description)") }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        try encoder.encode(county).write(to: URL(fileURLWithPath: file))
        print("\(council) \(county.name): \(county.children.count) children written to \(file)")
    }
}
