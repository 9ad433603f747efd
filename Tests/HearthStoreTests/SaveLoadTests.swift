import Foundation
import Hearth
@testable import HearthStore
import HearthSynth
import Testing

@Suite("Saving and loading whole counties")
struct SaveLoadTests {
    @Test("a county with every field set loads back equal", arguments: TestEngines.all)
    func roundTripEveryField(engine: StoreEngine) async throws {
        try await TestEngines.withStore(engine) { store, _ in
            let county = Fixtures.full(council: "886", children: 6)
            #expect(county.violations().isEmpty)
            let summary = try await store.save(county, by: "tester")
            #expect(summary.children == 6)
            let loaded = try #require(try await store.load(council: "886"))
            #expect(loaded == county)
            // Field-level spot checks, so a failure says where.
            #expect(loaded.children.first?.periodsOfCare.first?.placements.count == 2)
            #expect(loaded.workers[1].fte == 1.0 / 3.0)
            #expect(loaded.children[0].careLeaver?.pathwayPlanReviews.count == 1)
        }
    }

    @Test("text with tabs, newlines, backslashes, quotes and non-ASCII survives the bulk paths (COPY, multi-row INSERT)",
          arguments: TestEngines.all)
    func awkwardText(engine: StoreEngine) async throws {
        try await TestEngines.withStore(engine) { store, _ in
            var county = Fixtures.full(council: "886", children: 3)
            county.name = "Tab\there, back\\slash \\N, new\nline\r\n 'quoted' \"double\" Ynys Môn – 東京"
            county.areas[0].name = "\\."
            county.children[1].upn = "\\N"
            county.children[2].homePostcode = "\t"
            let summary = try await store.save(county, by: "tester\twith tab", checkingInvariants: false)
            #expect(summary.children == 3)
            #expect(try await store.load(council: "886") == county)
        }
    }

    @Test("a save on a one-council SQLite store rebuilds the secondary indexes it dropped for speed")
    func indexesRebuilt() async throws {
        try await TestEngines.withStore(.sqlite) { store, _ in
            try await store.save(Fixtures.full(council: "886", children: 4), by: "tester")
            try await store.save(Fixtures.full(council: "886", children: 5), by: "tester")
            let rows = try await store.connection.rows("SELECT name FROM sqlite_master WHERE type = 'index'")
            let names = Set(try rows.map { try $0.decode(column: "name", as: String.self) })
            for (name, _, _) in Migration.indexes { #expect(names.contains(name), "index \(name)") }
            #expect(try await store.load(council: "886") == Fixtures.full(council: "886", children: 5))
        }
    }

    @Test("an empty county and unknown councils", arguments: TestEngines.all)
    func emptyAndUnknown(engine: StoreEngine) async throws {
        try await TestEngines.withStore(engine) { store, _ in
            #expect(try await store.load(council: "999") == nil)
            let empty = County(councilCode: "101", name: "Empty", extractDate: Day(2024, 3, 31))
            try await store.save(empty, by: "tester")
            #expect(try await store.load(council: "101") == empty)
        }
    }

    @Test("councils in one store never mix, and a re-import replaces only its council", arguments: TestEngines.all)
    func councilsKeptApart(engine: StoreEngine) async throws {
        try await TestEngines.withStore(engine) { store, _ in
            let kent = Fixtures.full(council: "886", children: 4)
            let medway = Fixtures.sized(council: "887", children: 3, variant: 7)
            try await store.save(kent, by: "a")
            try await store.save(medway, by: "b")
            #expect(try await store.load(council: "886") == kent)
            #expect(try await store.load(council: "887") == medway)

            let kentAgain = Fixtures.sized(council: "886", children: 2, variant: 3)
            try await store.save(kentAgain, by: "c")
            #expect(try await store.load(council: "886") == kentAgain)
            #expect(try await store.load(council: "887") == medway)

            let councils = try await store.councils()
            #expect(councils.map(\.code) == ["886", "887"])
            #expect(councils.map(\.children) == [2, 3])
            #expect(councils[0].savedBy == "c")

            let counts = Dictionary(uniqueKeysWithValues: try await store.rowCounts(council: "886").map { ($0.table, $0.rows) })
            #expect(counts["children"] == 2)
            #expect(counts["placements"] == 4)
            let imports = try await store.history(council: "886").filter { $0.action == "import" }
            #expect(imports.count == 2)
            #expect(imports.last?.by == "c")
            #expect(imports.last?.after?.contains("\"children\":2") == true)
        }
    }

    @Test("a county that breaks an invariant is refused and the store is unchanged", arguments: TestEngines.all)
    func invalidCountyRefused(engine: StoreEngine) async throws {
        try await TestEngines.withStore(engine) { store, _ in
            let good = Fixtures.full(council: "886", children: 2)
            try await store.save(good, by: "tester")
            var bad = Fixtures.full(council: "886", children: 3)
            bad.children[2].periodsOfCare[0].reasonEnded = nil
            bad.children[2].periodsOfCare[0].span.end = bad.children[2].periodsOfCare[0].span.start.adding(days: 1)
            await #expect(throws: StoreError.self) { try await store.save(bad, by: "tester") }
            #expect(try await store.load(council: "886") == good)
        }
    }

    @Test("a failure inside the import transaction rolls everything back", arguments: TestEngines.all)
    func failedImportRollsBack(engine: StoreEngine) async throws {
        try await TestEngines.withStore(engine) { store, _ in
            let good = Fixtures.full(council: "886", children: 2)
            try await store.save(good, by: "tester")
            // Two children with one id: the primary key refuses the second half-way through.
            var clash = Fixtures.sized(council: "886", children: 3, variant: 1)
            clash.children[2].id = clash.children[0].id
            await #expect(throws: (any Error).self) { try await store.save(clash, by: "tester", checkingInvariants: false) }
            #expect(try await store.load(council: "886") == good)
            #expect(try await store.history(council: "886").count == 1)
        }
    }

    @Test("SQLite backup is a ready-to-open copy", arguments: [StoreEngine.sqlite])
    func backupOpens(engine: StoreEngine) async throws {
        try await TestEngines.withStore(engine) { store, location in
            let county = Fixtures.full(council: "886", children: 2)
            try await store.save(county, by: "tester")
            guard case .sqlite(let path) = location else { return }
            let copy = path + ".copy"
            try await store.backup(to: copy)
            await #expect(throws: StoreError.self) { try await store.backup(to: copy) }
            let restored = try await CaseStore.open(.sqlite(path: copy))
            #expect(try await restored.load(council: "886") == county)
            #expect(try await restored.integrityCheck() == ["ok"])
            try await restored.close()
        }
    }

    @Test("PostgreSQL backup runs pg_dump", .enabled(if: TestEngines.postgresURL != nil), arguments: [StoreEngine.postgres])
    func postgresBackup(engine: StoreEngine) async throws {
        try await TestEngines.withStore(engine) { store, _ in
            try await store.save(Fixtures.full(council: "886", children: 1), by: "tester")
            let file = Fixtures.scratchDirectory() + "/hearth.dump"
            try await store.backup(to: file)
            let size = try FileManager.default.attributesOfItem(atPath: file)[.size] as? Int ?? 0
            #expect(size > 1000)
        }
    }
}

@Suite("Streaming a county: shell and batches of children")
struct StreamTests {
    @Test("streamed batches, in key order, hold exactly the children of a full load", arguments: TestEngines.all)
    func batchesEqualFullLoad(engine: StoreEngine) async throws {
        try await TestEngines.withStore(engine) { store, _ in
            let county = Fixtures.sized(council: "886", children: 23, variant: 2)
            try await store.save(county, by: "tester")
            try await store.save(Fixtures.full(council: "887", children: 5), by: "tester")
            let full = try #require(try await store.load(council: "886"))
            #expect(full == county)

            let shell = try #require(try await store.loadShell(council: "886"))
            var withoutChildren = county
            withoutChildren.children = []
            #expect(shell == withoutChildren)

            var seen: [ChildRecord] = []
            var sizes: [Int] = []
            try await store.streamChildren(council: "886", batchSize: 10) { batch in
                seen += batch
                sizes.append(batch.count)
            }
            #expect(sizes == [10, 10, 3])
            let ids = seen.map(\.id.rawValue)
            #expect(ids == ids.sorted(), "batches come in child key order")
            #expect(Set(ids).count == ids.count, "no child twice")
            #expect(seen.sorted { $0.id < $1.id } == full.children.sorted { $0.id < $1.id })
            #expect(try await store.loadShell(council: "999") == nil)
        }
    }

    @Test("slowStreamSynthetic: a scale-0.05 county streamed in batches of 700 equals its full load",
          arguments: TestEngines.all)
    func slowStreamSynthetic(engine: StoreEngine) async throws {
        let county = SyntheticCounty.generate(SynthParameters(scale: 0.05, seed: 3))
        try await TestEngines.withStore(engine) { store, _ in
            try await store.save(county, by: "synth", checkingInvariants: false)
            var seen: [ChildRecord] = []
            var largest = 0
            try await store.streamChildren(council: county.councilCode, batchSize: 700) { batch in
                seen += batch
                largest = max(largest, batch.count)
            }
            #expect(largest == 700)
            #expect(seen.count == county.children.count)
            #expect(seen.sorted { $0.id < $1.id } == county.children.sorted { $0.id < $1.id })
        }
    }

    @Test("a stream stops when another writer changes the council between batches", arguments: TestEngines.all)
    func changedWhileStreaming(engine: StoreEngine) async throws {
        try await TestEngines.withStore(engine) { store, _ in
            let county = Fixtures.sized(council: "886", children: 12, variant: 1)
            try await store.save(county, by: "tester")
            var batches = 0
            await #expect(throws: StoreError.self) {
                try await store.streamChildren(council: "886", batchSize: 5) { _ in
                    batches += 1
                    if batches == 1 { try await store.save(county, by: "someone else") }
                }
            }
            #expect(batches == 1)
        }
    }
}
