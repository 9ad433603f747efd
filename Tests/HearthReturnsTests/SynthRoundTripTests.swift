import Foundation
import Hearth
import HearthSynth
import Testing
@testable import HearthReturns

/// synth → export 903 → import → export: the same rows for every year, and the re-imported model
/// is a fixed point. Likewise the CIN census. Small scale here; `hearth-bench returns --round-trip-scale 1`
/// checks Kent size.
struct SynthRoundTripTests {
    static let county = SyntheticCounty.generate(SynthParameters(scale: 0.05, seed: 11, years: 3))
    static var years: [CollectionYear] {
        let p = SynthParameters(scale: 0.05, seed: 11, years: 3)
        return (CollectionYear(containing: p.historyStart).startYear...CollectionYear(containing: p.extractDate).startYear).map(CollectionYear.init)
    }

    @Test func ssda903RoundTrip() throws {
        let first = SSDA903RoundTripTests.exportAll(Self.county, Self.years)
        #expect(first.allSatisfy { ($0[.episodes]?.count ?? 0) > 50 })
        let (model1, f1) = SSDA903Import.county(from: try SSDA903RoundTripTests.viaCSV(first), councilCode: Self.county.councilCode)
        #expect(!f1.hasErrors, "\(f1.filter(\.isError).prefix(5))")
        #expect(f1.allSatisfy { $0.message.hasPrefix("not a valid PLACE code") }, "\(f1.prefix(5))")
        let second = SSDA903RoundTripTests.exportAll(model1, Self.years)
        for (a, b) in zip(first, second) {
            #expect(SSDA903RoundTripTests.normalised(a) == SSDA903RoundTripTests.normalised(b), "year \(a.year!)")
        }
        let (model2, _) = SSDA903Import.county(from: try SSDA903RoundTripTests.viaCSV(second), councilCode: Self.county.councilCode)
        #expect(model2 == model1)
    }

    @Test func cinRoundTrip() {
        let year = Self.years.last!
        let first = CINCensusWriter.xml(Self.county, year: year)
        let (model1, f) = CINCensusReader.read(first, file: "cin.xml")
        #expect(f.isEmpty, "\(f.prefix(5))")
        #expect(model1.children.count > 100)
        #expect(CINCensusWriter.xml(model1, year: year) == first)
    }

    @Test func annexAFromSynth() {
        let lists = AnnexA.lists(Self.county, asOf: Day(2026, 1, 31))
        #expect(lists.allSatisfy { l in l.rows.allSatisfy { $0.count == l.header.count } })
        #expect(lists[7].rows.count > 20) // children in care
        #expect(lists[2].rows.count > 20) // referrals
    }
}

/// The same round trip at Kent size (--scale 1, three collection years).
struct SlowSynthRoundTripTests {
    @Test func slowKentSizeRoundTrip() throws {
        let p = SynthParameters(scale: 1, seed: 1, years: 3)
        let county = SyntheticCounty.generate(p)
        let years = (CollectionYear(containing: p.historyStart).startYear...CollectionYear(containing: p.extractDate).startYear).map(CollectionYear.init)
        let first = years.map { SSDA903Export.tables(for: county, year: $0) }
        let (model1, f1) = SSDA903Import.county(from: try SSDA903RoundTripTests.viaCSV(first), councilCode: county.councilCode)
        #expect(!f1.hasErrors, "\(f1.filter(\.isError).prefix(5))")
        let second = years.map { SSDA903Export.tables(for: model1, year: $0) }
        for (a, b) in zip(first, second) {
            #expect(SSDA903RoundTripTests.normalised(a) == SSDA903RoundTripTests.normalised(b), "year \(a.year!)")
        }
        let (model2, _) = SSDA903Import.county(from: second, councilCode: county.councilCode)
        #expect(model2 == model1)
        let cin = CINCensusWriter.xml(county, year: years.last!)
        let (cinModel, cf) = CINCensusReader.read(cin, file: "cin.xml")
        #expect(cf.isEmpty)
        #expect(CINCensusWriter.xml(cinModel, year: years.last!) == cin)
    }
}
