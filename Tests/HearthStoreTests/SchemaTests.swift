import Foundation
import Hearth
@testable import HearthStore
import Testing

@Suite("Schema versions and migrations")
struct SchemaTests {
    @Test("a new store is created at this build's version", arguments: TestEngines.all)
    func freshStore(engine: StoreEngine) async throws {
        try await TestEngines.withStore(engine) { store, _ in
            #expect(try await store.schemaVersion() == Schema.currentVersion)
            #expect(store.migration == MigrationReport(from: 0, to: Schema.currentVersion, backup: nil))
            let tables = try await store.rowCounts().map(\.table)
            #expect(tables.count == Schema.allTables.count)
        }
    }

    @Test("an older schema is migrated forward, with a backup first on SQLite", arguments: TestEngines.all)
    func olderSchemaMigrated(engine: StoreEngine) async throws {
        let location = TestEngines.freshLocation(engine)
        let county = Fixtures.full(council: "886", children: 2)

        // Build a version-1 database holding a county, as an earlier Hearth would have left it.
        let c = try await Connection.open(location, logger: .init(label: "test"))
        try await SchemaMigrations.apply(c, from: 0, to: 1)
        var rows = CountyRows(council: "886")
        rows.addStructure(of: county, savedAt: "2025-01-01T00:00:00Z", savedBy: "old hearth")
        for (i, child) in county.children.enumerated() { rows.addChild(child, seq: i, version: 1) }
        for table in Schema.allTables { try await c.insert(table, rows: rows.tables[table.name] ?? []) }
        #expect(try await SchemaMigrations.currentVersion(c) == 1)
        try await c.close()

        // Read-only opening refuses to work on it rather than migrate silently.
        await #expect(throws: StoreError.self) { _ = try await CaseStore.open(location, upgrade: false) }

        let store = try await CaseStore.open(location)
        let report = try #require(store.migration)
        #expect(report.from == 1 && report.to == Schema.currentVersion)
        #expect(try await store.schemaVersion() == Schema.currentVersion)
        #expect(try await store.load(council: "886") == county)
        try await store.close()

        if engine == .sqlite {
            let backup = try #require(report.backup)
            #expect(FileManager.default.fileExists(atPath: backup))
            let old = try await Connection.open(.sqlite(path: backup), logger: .init(label: "test"))
            #expect(try await SchemaMigrations.currentVersion(old) == 1)
            try await old.close()
        } else {
            #expect(report.backup == nil)
        }
        await TestEngines.discard(location)
    }

    @Test("a newer schema is refused", arguments: TestEngines.all)
    func newerSchemaRefused(engine: StoreEngine) async throws {
        try await TestEngines.withStore(engine) { store, location in
            try await store.save(Fixtures.full(council: "886", children: 1), by: "tester")
            try await store.connection.run("""
                INSERT INTO schema_migrations (version, applied_at, summary) \
                VALUES (\(bind: Schema.currentVersion + 1), 'later', 'from a newer Hearth')
                """)
            do {
                let other = try await CaseStore.open(location)
                try await other.close()
                Issue.record("opened a newer schema")
            } catch let StoreError.schemaTooNew(found, supported, _) {
                #expect(found == Schema.currentVersion + 1)
                #expect(supported == Schema.currentVersion)
            }
        }
    }

    @Test("store locations from options and the environment")
    func locations() {
        #expect(StoreLocation.resolve(option: nil, environment: [:]) == .sqlite(path: "hearth.sqlite"))
        #expect(StoreLocation.resolve(option: "x.db", environment: ["HEARTH_DATABASE_URL": "postgres://a@b/c"]) == .sqlite(path: "x.db"))
        #expect(StoreLocation.resolve(option: nil, environment: ["HEARTH_DATABASE_URL": "postgres://a@b/c"]) == .postgres(url: "postgres://a@b/c"))
        #expect(StoreLocation("postgresql://u:secret@h/db").description == "postgresql://u:***@h/db")
        #expect(StoreLocation("sqlite:///tmp/a.sqlite") == .sqlite(path: "/tmp/a.sqlite"))
        let split = try? PostgresSchemaOption.split("postgres://u@h/db?sslmode=disable&schema=kent")
        #expect(split?.url == "postgres://u@h/db?sslmode=disable")
        #expect(split?.schema == "kent")
        #expect(throws: StoreError.self) { try PostgresSchemaOption.split("postgres://u@h/db?schema=a;drop") }
    }
}
