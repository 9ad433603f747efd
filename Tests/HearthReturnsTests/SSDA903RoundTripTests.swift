import Foundation
import Hearth
import Testing
@testable import HearthReturns

/// model → 903 → model → 903: the same rows, and the re-imported model is a fixed point.
struct SSDA903RoundTripTests {
    /// Rows of every table, sorted, so comparison ignores order.
    static func normalised(_ r: SSDA903Return) -> [SSDA903TableName: [[String]]] {
        var out: [SSDA903TableName: [[String]]] = [:]
        for (name, t) in r.tables { out[name] = t.rows.map { Array($0.prefix(name.columns.count)) }.sorted { $0.lexicographicallyPrecedes($1) } }
        return out
    }

    static func exportAll(_ county: County, _ years: [CollectionYear]) -> [SSDA903Return] {
        years.map { SSDA903Export.tables(for: county, year: $0) }
    }

    /// Writes each year as CSV and reads it back, as `hearth import 903` would.
    static func viaCSV(_ returns: [SSDA903Return]) throws -> [SSDA903Return] {
        let dir = try TemporaryDirectory()
        return try returns.map { r in
            let path = dir.path + "/\(r.year!.startYear)"
            try SSDA903Writer.writeCSV(r, to: path)
            let (back, findings) = try SSDA903Reader.readTables(directory: path, year: r.year)
            #expect(findings.isEmpty, "\(findings)")
            return back
        }
    }

    @Test func fixtureIsValid() {
        #expect(CountyFixture.county().violations().isEmpty)
    }

    @Test func episodesAreDerivedWithTheRightRNE() {
        let a = CountyFixture.county().children[0].periodsOfCare[0].episodes()
        #expect(a.map(\.rne.rawValue) == ["S", "L", "P", "U"])
        #expect(a.map(\.rec?.rawValue) == ["X1", "X1", "X1", "E11"])
        #expect(a[0].reasonPlaceChange == nil) // the placement continues into the next episode
        #expect(a[1].reasonPlaceChange == .carpl)
        #expect(a[2].reasonPlaceChange == .place)
        let e = CountyFixture.county().children[4].periodsOfCare[0].episodes()
        #expect(e.map(\.rne.rawValue) == ["S", "L", "P", "P", "B"])
        #expect(e[2].decom == e[2].dec) // the zero-length hospital stay survives
        let c = CountyFixture.county().children[2].periodsOfCare[0].episodes()
        #expect(c.map(\.rne.rawValue) == ["S", "T", "T"])
    }

    @Test func cohorts() {
        let county = CountyFixture.county()
        let y24 = SSDA903Export.tables(for: county, year: CollectionYear(2024))
        #expect(y24[.ad1]?.rows.map { $0[0] } == ["A1"])
        #expect(Set(y24[.oc2]!.rows.map { $0[0] }) == ["B2", "E5"])
        #expect(y24[.oc3]?.rows.map { $0.prefix(5) } == [["C3", "01/05/2005", "YES", "G5", "U1"]])
        #expect(y24[.header]?.rows.first { $0[0] == "D4" }?[1] == "U")
        let y23 = SSDA903Export.tables(for: county, year: CollectionYear(2023))
        #expect(y23[.header]?.rows.first { $0[0] == "E5" }?[1] == "2")
        #expect(y23[.header]?.rows.first { $0[0] == "D4" }?[1] == "")
        #expect(y23[.oc3]?.rows.map { $0[2] } == ["YES"])
        #expect(Set(y23[.oc2]!.rows.map { $0[0] }) == ["A1", "B2", "E5"])
        // Open at 31 March: written without DEC/REC.
        let open = y23[.episodes]!.rows.filter { $0[0] == "A1" }.last!
        #expect(open[7] == "" && open[8] == "")
        #expect(SSDA903Export.tables(for: county, year: CollectionYear(2022))[.swEpisodes] == nil)
    }

    @Test func multiYearRoundTrip() throws {
        let county = CountyFixture.county()
        let first = Self.exportAll(county, CountyFixture.years)
        let (model1, f1) = SSDA903Import.county(from: try Self.viaCSV(first), councilCode: "886")
        #expect(!f1.hasErrors, "\(f1)")
        #expect(model1.violations().isEmpty)
        let second = Self.exportAll(model1, CountyFixture.years)
        for (a, b) in zip(first, second) { #expect(Self.normalised(a) == Self.normalised(b), "year \(a.year!)") }
        let (model2, f2) = SSDA903Import.county(from: try Self.viaCSV(second), councilCode: "886")
        #expect(!f2.hasErrors)
        #expect(model2 == model1)
        // What the model keeps from the 903: the adoption by foster carers and the care leaver's truncated start.
        let a = model1.children.first { $0.id == "A1" }!
        #expect(a.periodsOfCare[0].placements.map(\.type) == [.u6, .u4, .a5])
        #expect(a.periodsOfCare[0].placements[1].carer == a.periodsOfCare[0].placements[2].carer)
        #expect(a.adoptions[0].adoptionOrderDate == Day(2024, 11, 20))
        #expect(a.adoptions[0].placedDate == Day(2024, 2, 1))
        #expect(a.adoptions[0].placementOrderDate == Day(2024, 2, 1))
        let c = model1.children.first { $0.id == "C3" }!
        #expect(c.periodsOfCare[0].continuesEarlierCare == .t)
        #expect(c.periodsOfCare[0].span == DaySpan(start: Day(2021, 7, 15), end: Day(2023, 5, 1)))
    }

    @Test func singleYearRoundTrip() throws {
        let year = CollectionYear(2024)
        let first = SSDA903Export.tables(for: CountyFixture.county(), year: year)
        let (model1, f1) = SSDA903Import.county(from: try Self.viaCSV([first]))
        #expect(!f1.hasErrors, "\(f1)")
        let second = SSDA903Export.tables(for: model1, year: year)
        #expect(Self.normalised(first) == Self.normalised(second))
    }

    @Test func xmlHoldsTheSameTablesAsCSV() throws {
        for year in CountyFixture.years {
            let r = SSDA903Export.tables(for: CountyFixture.county(), year: year)
            let (back, findings) = SSDA903Reader.readXML(SSDA903Writer.xml(r), file: "return.xml", year: year)
            #expect(findings.isEmpty, "\(findings)")
            var expected = Self.normalised(r)
            if expected[.swEpisodes] == nil { expected[.swEpisodes] = [] }
            #expect(Self.normalised(back) == expected)
        }
    }
}
