import Hearth
import HearthSynth
import Testing
@testable import HearthIndicators

/// The partitioned scorecard (children in batches over a shared shell) must give exactly the
/// scorecard of the whole county: every value, numerator, denominator, rating, direction, rolling
/// 3 months, and the same children behind every number.
@Suite struct PartitionedScorecardTests {
    static let county = SyntheticCounty.generate(SynthParameters(scale: 0.04, seed: 3))
    static let last = ReportingMonth(containing: county.extractDate).previous
    static let months = 6
    static let fullIndex = CountyIndex(county)
    static let full = ScorecardRun.compute(index: fullIndex, targets: .kent(), through: last, months: months)

    /// Splits the children into consecutive batches of the given sizes (the rest in a last batch).
    static func partitioned(_ sizes: [Int], collect: Bool = true, chunkSize: Int = 20_000,
                            threads: Int = 2) -> (PartitionedScorecard, ScorecardRun) {
        let p = PartitionedScorecard(shell: county, through: last, months: months, collect: collect, threads: threads,
                                     chunkSize: chunkSize)
        var start = 0
        for n in sizes {
            let end = min(county.children.count, start + n)
            p.add(Array(county.children[start..<end]))
            start = end
        }
        if start < county.children.count { p.add(Array(county.children[start...])) }
        return (p, p.finish())
    }

    /// The first difference between two sets of tallies, or nil when every number and subject set agrees.
    static func firstDifference(_ a: ScorecardTallies, _ b: ScorecardTallies) -> String? {
        guard a.definitions == b.definitions, a.months == b.months, a.units == b.units else { return "different shapes" }
        for (d, id) in a.definitions.enumerated() {
            for m in a.months.indices {
                let x = a.entries[d][m], y = b.entries[d][m]
                let pairs: [(String, UnitTallies?, UnitTallies?)] = [("current", x.current, y.current),
                                                                    ("previous", x.previous, y.previous),
                                                                    ("rolling 3", x.shortTerm, y.shortTerm)]
                for (what, u, v) in pairs {
                    guard let u, let v else {
                        if (u == nil) != (v == nil) { return "\(id) \(a.months[m]) \(what): present in one only" }
                        continue
                    }
                    for s in a.units.indices {
                        for exclude in [false, true] {
                            let t = u.tally(s, excludingUASC: exclude), w = v.tally(s, excludingUASC: exclude)
                            let place = "\(id) \(a.months[m]) \(what) \(a.units[s]) exc UASC \(exclude)"
                            if t.numerator != w.numerator || t.denominator != w.denominator || t.items != w.items {
                                return "\(place): \(t.numerator)/\(t.denominator) (\(t.items)) vs \(w.numerator)/\(w.denominator) (\(w.items))"
                            }
                            if t.numeratorSubjects.sorted() != w.numeratorSubjects.sorted() { return "\(place): numerator subjects" }
                            if t.denominatorSubjects.sorted() != w.denominatorSubjects.sorted() { return "\(place): denominator subjects" }
                        }
                    }
                }
            }
        }
        return nil
    }

    @Test func oneBatchIsTheUnpartitionedScorecard() {
        let (p, run) = Self.partitioned([], collect: false)
        #expect(p.batchCount == 1)
        #expect(run.units == Self.full.units && run.months == Self.full.months && run.definitions == Self.full.definitions)
        #expect(run.cells == Self.full.cells)
    }

    @Test func severalBatchesGiveIdenticalValuesRatingsAndChildren() throws {
        let n = Self.county.children.count
        #expect(n > 2_000)
        #expect(Self.county.children.contains { !$0.uasc.isEmpty }, "the fixture needs UASC children for the exc-UASC tallies")
        let (one, oneRun) = Self.partitioned([])
        // Uneven batches, an empty one in the middle and a single child: the workforce is counted once.
        let (many, manyRun) = Self.partitioned([n / 3, 0, 1, n / 5, n / 4])
        #expect(many.batchCount == 6)
        #expect(many.childCount == n && one.childCount == n)
        #expect(oneRun.cells == Self.full.cells)
        #expect(manyRun.cells == Self.full.cells)
        let a = try #require(one.tallies), b = try #require(many.tallies)
        let difference = Self.firstDifference(a, b)
        #expect(difference == nil, "\(difference ?? "")")

        // Not vacuous: ratings, workforce measures and drill-down sets are all exercised.
        let cells = manyRun.cells.flatMap { $0.flatMap { $0 } }
        #expect(cells.filter { $0.rag != nil }.count > 1_000)
        #expect(Set(cells.compactMap(\.rag)) == [.green, .amber, .red])
        for id in ["41", "42", "43", "44", "45"] {
            let c = try #require(manyRun.cell(id, month: Self.last))
            #expect((c.denominator ?? 0) > 0, "workforce measure \(id) has a denominator")
            #expect(c.denominator == Self.full.cell(id, month: Self.last)?.denominator)
        }
    }

    /// Batches cut into chunks tallied on several threads at once (uneven chunks, a batch smaller
    /// than a chunk, more chunks than threads) give the same tallies and children.
    @Test func chunksTalliedInParallelGiveIdenticalTallies() throws {
        let n = Self.county.children.count
        let (one, _) = Self.partitioned([])
        for (chunk, threads) in [(301, 2), (700, 3), (n, 2), (97, 1)] {
            let (p, run) = Self.partitioned([n / 2, 150, n / 4], chunkSize: chunk, threads: threads)
            #expect(p.childCount == n)
            #expect(run.cells == Self.full.cells, "chunks of \(chunk) on \(threads) threads")
            let a = try #require(one.tallies), b = try #require(p.tallies)
            let difference = Self.firstDifference(a, b)
            #expect(difference == nil, "chunks of \(chunk) on \(threads) threads: \(difference ?? "")")
        }
        // Subjects are numbered across chunks as in the whole county: the ids behind each number agree.
        let (p, _) = Self.partitioned([n], chunkSize: 333)
        let engine = ScorecardEngine(index: Self.fullIndex, targets: .kent())
        for d in IndicatorCatalogue.all.prefix(12) {
            let expected = engine.tallies(d, Self.last.window(d.period, calendar: Self.fullIndex.calendar), collect: true)
            let got = try #require(p.tallies?.entry(d.id, month: Self.last)).current
            #expect(p.identifiers(got.all[0].numeratorSubjects) == engine.identifiers(expected.all[0].numeratorSubjects), "\(d.id)")
        }
    }

    /// Rows for one month and unit from the partitioned tallies equal the whole-county engine's
    /// rows: value, numerator, denominator, RAG, caution, thresholds, previous and year-ago values,
    /// direction and the rolling 3 months, for the council, an area and a team, with and without UASC.
    @Test func resultsForAMonthAndUnitMatchTheWholeCountyEngine() throws {
        let n = Self.county.children.count
        let p = PartitionedScorecard(shell: Self.county, through: Self.last, months: 13, collect: false, threads: 2, chunkSize: 700)
        p.add(Array(Self.county.children[..<(n / 2)]))
        p.add(Array(Self.county.children[(n / 2)...]))
        let engine = ScorecardEngine(index: Self.fullIndex, targets: .kent())
        let units: [ReportingUnit] = [.council, .area(Self.county.areas[0].id), .team(Self.county.teams[1].id)]
        var compared = 0, withYearAgo = 0
        for unit in units {
            for exclude in [false, true] {
                let got = try #require(p.results(month: Self.last, unit: unit, excludingUASC: exclude))
                let want = engine.scorecard(month: Self.last, unit: unit, excludingUASC: exclude, definitions: IndicatorCatalogue.all)
                #expect(got.map(\.id) == want.map(\.id))
                for (g, w) in zip(got, want) {
                    let place = "\(g.id) \(unit) exc UASC \(exclude)"
                    #expect(g.value == w.value && g.numerator == w.numerator && g.denominator == w.denominator, "\(place)")
                    #expect(g.rag == w.rag && g.caution == w.caution && g.thresholds == w.thresholds && g.removed == w.removed, "\(place)")
                    #expect(g.previousValue == w.previousValue && g.direction == w.direction, "\(place)")
                    #expect(g.yearAgoValue == w.yearAgoValue && g.rolling3 == w.rolling3 && g.window == w.window, "\(place)")
                    compared += 1
                    if w.yearAgoValue != nil { withYearAgo += 1 }
                }
            }
        }
        #expect(compared == 6 * IndicatorCatalogue.all.count)
        #expect(withYearAgo > 100)
        #expect(p.results(month: Self.last.adding(months: 1)) == nil, "a month the run did not tally")
        #expect(p.results(month: Self.last, unit: .worker("W1")) == nil, "a caseload needs the whole-county engine")
    }

    /// The children behind each number match the engine the server drills down with, by child id.
    @Test func childrenBehindEachNumberMatchTheServerEngine() throws {
        let (p, _) = Self.partitioned([700, 900, 1_100])
        let tallies = try #require(p.tallies)
        let engine = ScorecardEngine(index: Self.fullIndex, targets: .kent())
        var checked = 0
        for d in IndicatorCatalogue.all {
            let window = Self.last.window(d.period, calendar: Self.fullIndex.calendar)
            let expected = engine.tallies(d, window, collect: true)
            let got = try #require(tallies.entry(d.id, month: Self.last)).current
            for s in tallies.units.indices {
                for exclude in [false, true] {
                    let e = expected.tally(s, excludingUASC: exclude), g = got.tally(s, excludingUASC: exclude)
                    #expect(p.identifiers(g.numeratorSubjects) == engine.identifiers(e.numeratorSubjects), "\(d.id) numerator")
                    #expect(p.identifiers(g.denominatorSubjects) == engine.identifiers(e.denominatorSubjects), "\(d.id) denominator")
                    checked += g.numeratorSubjects.count
                }
            }
        }
        #expect(checked > 10_000)
    }
}
