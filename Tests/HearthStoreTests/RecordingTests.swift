import Foundation
import Hearth
@testable import HearthStore
import Testing

@Suite("Recording individual changes")
struct RecordingTests {
    /// A store holding the fixture county; child C1001 has an open period of care.
    static func seeded(_ store: CaseStore) async throws -> County {
        let county = Fixtures.full(council: "886", children: 3)
        try await store.save(county, by: "importer")
        return county
    }

    @Test("a new referral, a placement change and a review are saved with history", arguments: TestEngines.all)
    func recordChanges(engine: StoreEngine) async throws {
        try await TestEngines.withStore(engine) { store, _ in
            let county = try await Self.seeded(store)
            let id = ChildID("C1001")
            let original = try #require(county.children.first { $0.id == id })
            let read = try #require(try await store.child(id, council: "886"))
            #expect(read.record == original)
            #expect(read.version == 1)

            let referral = ChildInNeedEpisode(id: "E-new", referralDate: Day(2024, 9, 2), referralSource: "1A",
                                              primaryNeed: .n4)
            let v2 = try await store.recordReferral(referral, child: id, council: "886", by: "sw1", expecting: 1)
            #expect(v2.version == 2)
            #expect(v2.record.childInNeedEpisodes.last == referral)

            let open = try #require(original.periodsOfCare.last)
            let moveDay = open.placements.last!.span.start.adding(days: 30)
            let v3 = try await store.changePlacement(child: id, council: "886",
                                                     to: PlacementSpan(span: DaySpan(start: moveDay), type: "U1", carer: "C2"),
                                                     on: moveDay, reason: "CHILD", by: "sw1", expecting: 2)
            #expect(v3.record.periodsOfCare.last?.placements.count == 3)
            #expect(v3.record.periodsOfCare.last?.placements[1].reasonForChange == "CHILD")

            let review = CarePlanReview(date: moveDay.adding(days: 10), participation: "PN2")
            let v4 = try await store.recordCarePlanReview(review, child: id, council: "886", by: "iro", expecting: 3)
            #expect(v4.version == 4)

            let stored = try #require(try await store.child(id, council: "886"))
            #expect(stored == v4)
            // The rest of the county is untouched, and the child kept its place.
            let loaded = try #require(try await store.load(council: "886"))
            #expect(loaded.children.map(\.id) == county.children.map(\.id))
            #expect(loaded.children[0] == county.children[0])
            #expect(loaded.children[1] == v4.record)

            let history = try await store.history(council: "886", child: id)
            #expect(history.map(\.action) == ["referral", "placement-change", "care-plan-review"])
            #expect(history.map(\.version) == [2, 3, 4])
            #expect(history.map(\.by) == ["sw1", "sw1", "iro"])
            let decoder = JSONDecoder()
            let before = try decoder.decode(ChildRecord.self, from: Data(try #require(history[1].before).utf8))
            let after = try decoder.decode(ChildRecord.self, from: Data(try #require(history[1].after).utf8))
            #expect(before == v2.record)
            #expect(after == v3.record)
        }
    }

    @Test("a change from a stale version is refused: no silent overwrites", arguments: TestEngines.all)
    func staleVersionRefused(engine: StoreEngine) async throws {
        try await TestEngines.withStore(engine) { store, _ in
            _ = try await Self.seeded(store)
            let id = ChildID("C1000")
            let referral = ChildInNeedEpisode(id: "E-a", referralDate: Day(2024, 9, 2), referralSource: "1A", primaryNeed: .n4)
            try await store.recordReferral(referral, child: id, council: "886", by: "first", expecting: 1)
            do {
                try await store.recordReferral(referral, child: id, council: "886", by: "second", expecting: 1)
                Issue.record("overwrote a newer version")
            } catch let StoreError.staleVersion(_, _, expected, found) {
                #expect(expected == 1 && found == 2)
            }
            #expect(try await store.child(id, council: "886")?.version == 2)
            #expect(try await store.history(council: "886", child: id).count == 1)
        }
    }

    @Test("a change that breaks an invariant is refused and nothing is written", arguments: TestEngines.all)
    func invariantBreachRefused(engine: StoreEngine) async throws {
        try await TestEngines.withStore(engine) { store, _ in
            let county = try await Self.seeded(store)
            let id = ChildID("C1001")
            let open = try #require(county.children[1].periodsOfCare.last)
            // Before the current placement began: the model's mutator refuses it.
            let early = open.placements.last!.span.start.adding(days: -1)
            do {
                try await store.changePlacement(child: id, council: "886", to: PlacementSpan(span: DaySpan(start: early), type: "U1"),
                                                on: early, reason: "CHILD", by: "sw1")
                Issue.record("accepted a placement before the current one")
            } catch let StoreError.invalid(v) {
                #expect(v.violations.first?.child == id)
                #expect(v.violations.first?.field == "start")
            }
            // A protection plan overlapping the existing one: caught by violations().
            do {
                try await store.amendChild(id, council: "886", by: "sw1") { c in
                    var plan = c.childInNeedEpisodes[0].protectionPlans[0]
                    plan.id = "CPP-dup"
                    c.childInNeedEpisodes[0].protectionPlans.append(plan)
                }
                Issue.record("accepted overlapping protection plans")
            } catch let StoreError.invalid(v) {
                #expect(v.violations.contains { $0.path.hasPrefix("protectionPlans") })
            }
            // Allocation to a team the council does not have.
            await #expect(throws: StoreError.self) {
                try await store.allocate(child: id, council: "886", to: "NOPE", worker: nil, on: Day(2025, 1, 1), by: "tm")
            }
            #expect(try await store.child(id, council: "886") == StoredChild(record: county.children[1], version: 1))
            #expect(try await store.history(council: "886", child: id).isEmpty)
        }
    }

    @Test("adding a child, and refusing a duplicate", arguments: TestEngines.all)
    func addChild(engine: StoreEngine) async throws {
        try await TestEngines.withStore(engine) { store, _ in
            let county = try await Self.seeded(store)
            var newcomer = Fixtures.child(40)
            newcomer.id = "NEW1"
            try await store.addChild(newcomer, council: "886", by: "front door")
            await #expect(throws: StoreError.self) { try await store.addChild(newcomer, council: "886", by: "again") }
            await #expect(throws: StoreError.self) { try await store.addChild(newcomer, council: "999", by: "elsewhere") }
            let loaded = try #require(try await store.load(council: "886"))
            #expect(loaded.children == county.children + [newcomer])
            let allocated = try await store.allocate(child: "NEW1", council: "886", to: "T1", worker: "W1",
                                                     on: Day(2025, 2, 1), by: "tm")
            #expect(allocated.record.allocations.last?.worker == "W1")
            #expect(try await store.history(council: "886", child: "NEW1").map(\.action) == ["add-child", "allocation"])
        }
    }
}
