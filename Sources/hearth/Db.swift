import ArgumentParser

/// `hearth db …`: look after the store itself.
struct Db: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "db",
        abstract: "Manage the case-data store (SQLite file or PostgreSQL).",
        subcommands: [DbMigrate.self, DbStatus.self, DbBackup.self, DbLoad.self, DbDump.self]
    )
}
