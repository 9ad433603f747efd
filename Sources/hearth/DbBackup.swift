import ArgumentParser
import HearthStore

/// `hearth db backup FILE`: a consistent copy of the whole store.
struct DbBackup: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: "Copy the store to FILE (SQLite: VACUUM INTO, a ready-to-open file; PostgreSQL: pg_dump custom format).")

    @OptionGroup var store: StoreOption
    @Argument(help: "The backup file to write; it must not exist.") var file: String

    func run() async throws {
        let s = try await store.open()
        try await s.backup(to: file)
        try await s.close()
        print("backed up \(store.location.description) to \(file)")
    }
}
