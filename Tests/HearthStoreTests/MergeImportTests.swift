import Foundation
import Hearth
import Testing
@testable import HearthStore

/// Importing returns by merging (`CaseStore.mergeImport`): a 903 and then a CIN census into one
/// store keep each other's data and everything else; a merge that breaks an invariant, or one the
/// caller refuses, stores nothing.
@Suite struct MergeImportTests {
    struct Refused: Error {}
    static let council = "M01"
    static let year = [CollectionYear(2024)]

    /// What a 903 for 2024/25 would bring: child C1000 in care from June 2024 and a new child N1.
    /// C1001 (in care since 2016, still open) is not in it.
    static func return903(dobOfC1000: Day? = nil) -> County {
        let stored = Fixtures.child(0)
        var c = ChildRecord(id: "C1000", sex: stored.sex, dateOfBirth: dobOfC1000 ?? stored.dateOfBirth, ethnicity: .wirt)
        c.periodsOfCare = [PeriodOfCare.begin(id: "903-C1000-1", on: Day(2024, 6, 1), legalStatus: .c2,
                                              placement: PlacementSpan(span: DaySpan(start: Day(2024, 6, 1)), type: "U4"), categoryOfNeed: .n1)]
        var n = ChildRecord(id: "N1", sex: [SexRecord(.m)], dateOfBirth: Day(2015, 2, 2), ethnicity: .wbri)
        n.periodsOfCare = [PeriodOfCare.begin(id: "903-N1-1", on: Day(2024, 9, 1), legalStatus: .v2,
                                              placement: PlacementSpan(span: DaySpan(start: Day(2024, 9, 1)), type: "U6"), categoryOfNeed: .n2)]
        return County(councilCode: council, name: "Imported from SSDA903", extractDate: Day(2025, 3, 31), children: [c, n])
    }

    /// What a CIN census for 2024/25 would bring: an episode for C1000.
    static func census() -> County {
        let stored = Fixtures.child(0)
        var c = ChildRecord(id: "C1000", sex: stored.sex, dateOfBirth: stored.dateOfBirth, ethnicity: .wirt, disabilities: ["MOB"])
        c.childInNeedEpisodes = [ChildInNeedEpisode(id: "C1000-CIN-2024-05-01", referralDate: Day(2024, 5, 1), referralSource: "1A",
                                                    primaryNeed: .n1)]
        return County(councilCode: council, name: "Imported from the CIN census", extractDate: Day(2025, 3, 31), children: [c])
    }

    @Test("a 903 then a CIN census merge into one store: both slices present, the rest kept", arguments: TestEngines.all)
    func nineOhThreeThenCensus(engine: StoreEngine) async throws {
        try await TestEngines.withStore(engine) { store, _ in
            let base = Fixtures.full(council: Self.council, children: 2)
            try await store.save(base, by: "setup")
            let first = try await store.mergeImport(Self.return903(), slice: .lookedAfter, years: Self.year, by: "analyst")
            #expect(first == MergeSummary(council: Self.council, added: 1, updated: 1, kept: 1, rows: first.rows, created: false))
            let second = try await store.mergeImport(Self.census(), slice: .childInNeed, years: Self.year, by: "analyst")
            #expect(second.added == 0 && second.updated == 1 && second.kept == 2)

            let county = try #require(try await store.load(council: Self.council))
            #expect(county.children.map(\.id) == ["C1000", "C1001", "N1"])
            #expect(county.teams == base.teams && county.workers == base.workers && county.postcodes == base.postcodes)
            let c = try #require(county.children.first)
            let before = base.children[0]
            // Looked-after data: the period that ended years ago and the 903's 2024 one.
            #expect(c.periodsOfCare.map(\.span.start) == [before.periodsOfCare[0].span.start, Day(2024, 6, 1)])
            // CIN: the 2016 episode (outside the census year) and the census's.
            #expect(c.childInNeedEpisodes.map(\.referralDate) == [before.childInNeedEpisodes[0].referralDate, Day(2024, 5, 1)])
            #expect(c.childInNeedEpisodes[0] == before.childInNeedEpisodes[0])
            #expect(c.disabilities == ["MOB"] && c.ethnicity == .wirt)
            #expect(c.contacts == before.contacts && c.allocations == before.allocations && c.audits == before.audits)
            #expect(county.children[1] == base.children[1], "C1001 was in neither return")
            #expect(try await store.child("C1000", council: Self.council)?.version == 3)
            #expect(try await store.child("C1001", council: Self.council)?.version == 1)
            #expect(try await store.child("N1", council: Self.council)?.version == 1)
            let history = try await store.history(council: Self.council).filter { $0.action == "import-merge" }
            #expect(history.map(\.after) == [
                "{\"return\":\"903\",\"years\":[\"2024/25\"],\"added\":1,\"updated\":1,\"unchanged\":1}",
                "{\"return\":\"CIN\",\"years\":[\"2024/25\"],\"added\":0,\"updated\":1,\"unchanged\":2}",
            ])
            #expect(history.allSatisfy { $0.by == "analyst" && $0.child == nil })
        }
    }

    @Test("an invariant broken by the merge, or a refusal, stores nothing", arguments: TestEngines.all)
    func allOrNothing(engine: StoreEngine) async throws {
        try await TestEngines.withStore(engine) { store, _ in
            let base = Fixtures.full(council: Self.council, children: 2)
            try await store.save(base, by: "setup")
            let rows = try await store.rowCounts(council: Self.council)
            // A date of birth after the stored (kept) care and referrals.
            do {
                try await store.mergeImport(Self.return903(dobOfC1000: Day(2023, 1, 1)), slice: .lookedAfter, years: Self.year, by: "analyst")
                Issue.record("a merge breaking invariants was stored")
            } catch let StoreError.invalid(v) {
                #expect(v.violations.allSatisfy { $0.child == "C1000" })
                #expect(v.violations.contains { $0.path == "periodsOfCare[0]" && $0.field == "start" && $0.message.contains("2023-01-01") })
            }
            // The caller refuses on seeing the note about C1001 (in care in 2024/25, not in the return).
            await #expect(throws: Refused.self) {
                try await store.mergeImport(Self.return903(), slice: .lookedAfter, years: Self.year, by: "analyst") { merge in
                    if merge.notes.map(\.child) == ["C1001"] { throw Refused() }
                }
            }
            #expect(try await store.rowCounts(council: Self.council).map(\.rows) == rows.map(\.rows))
            #expect(try await store.load(council: Self.council) == base)
        }
    }

    @Test("a return merged into a store without the council creates it", arguments: TestEngines.all)
    func newCouncilCreated(engine: StoreEngine) async throws {
        try await TestEngines.withStore(engine) { store, _ in
            let summary = try await store.mergeImport(Self.return903(), slice: .lookedAfter, years: Self.year, by: "analyst")
            #expect(summary.created && summary.added == 2 && summary.updated == 0 && summary.kept == 0)
            #expect(try await store.load(council: Self.council)?.children.map(\.id) == ["C1000", "N1"])
        }
    }
}
