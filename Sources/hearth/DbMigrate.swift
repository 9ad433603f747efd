import ArgumentParser
import HearthStore

/// `hearth db migrate`: bring the schema up to this build's version (backing up SQLite first).
struct DbMigrate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate", abstract: "Create or migrate the store's schema to this version of Hearth.")

    @OptionGroup var store: StoreOption

    func run() async throws {
        let s = try await store.open()
        let version = try await s.schemaVersion()
        if s.migration == nil { print("\(store.location): schema already at version \(version)") }
        try await s.close()
    }
}
