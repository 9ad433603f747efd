import Foundation
import Hearth
import HearthSynth
import Testing
@testable import HearthReturns

/// A council importing the returns it would make from the records it already holds: every
/// year's 903 and every year's CIN census, merged into the synthetic county, changes no child.
/// This is what the merge's refinements are for (the 903's made-up carers, the OC3 contact dated
/// by the birthday, episodes still open at 31 March, reviews and visits the returns do not carry).
struct MergeRoundTripTests {
    static var county: County { SynthRoundTripTests.county }
    static var years: [CollectionYear] { SynthRoundTripTests.years }

    @Test("each year's own 903, merged back, changes nothing")
    func ssda903IntoItsOwnCounty() throws {
        for year in Self.years {
            let tables = SSDA903Export.tables(for: Self.county, year: year)
            let (imported, findings) = SSDA903Import.county(from: [tables], councilCode: Self.county.councilCode)
            #expect(!findings.hasErrors)
            let merge = ReturnMerge.merge(stored: Self.county, imported: imported, slice: .lookedAfter, years: [year])
            #expect(imported.children.count > 50)
            #expect(merge.added.isEmpty && merge.violations.isEmpty && merge.notes.isEmpty, "\(year)")
            #expect(merge.updated.map(\.id) == [], "\(year)")
            #expect(merge.kept == Self.county.children.count)
        }
    }

    @Test("each year's own CIN census, merged back, changes nothing")
    func cinIntoItsOwnCounty() {
        for year in Self.years {
            let (imported, findings) = CINCensusReader.read(CINCensusWriter.xml(Self.county, year: year), file: "cin.xml")
            #expect(findings.isEmpty)
            let merge = ReturnMerge.merge(stored: Self.county, imported: imported, slice: .childInNeed, years: [year])
            #expect(imported.children.count > 100)
            #expect(merge.added.isEmpty && merge.violations.isEmpty && merge.notes.isEmpty, "\(year)")
            #expect(merge.updated.map(\.id) == [], "\(year)")
        }
    }

    @Test("a 903 correcting one child's start of care updates that child only, and keeps the rest of their record")
    func oneChildChanged() throws {
        let year = Self.years.last!
        var changed = Self.county
        let i = try #require(changed.children.firstIndex { c in
            c.periodsOfCare.count == 1 && c.periodsOfCare[0].span.start > year.start && c.periodsOfCare[0].span.end == nil && !c.contacts.isEmpty
        })
        let id = changed.children[i].id
        // The council corrects the record: this child's care began a week later.
        let later = changed.children[i].periodsOfCare[0].span.start.adding(days: 7)
        changed.children[i].periodsOfCare[0].span.start = later
        changed.children[i].periodsOfCare[0].legalStatuses[0].span.start = later
        changed.children[i].periodsOfCare[0].placements[0].span.start = later
        changed.children[i].periodsOfCare[0].reviews.removeAll { $0.date < later }
        let (imported, _) = SSDA903Import.county(from: [SSDA903Export.tables(for: changed, year: year)], councilCode: changed.councilCode)
        let merge = ReturnMerge.merge(stored: Self.county, imported: imported, slice: .lookedAfter, years: [year])
        #expect(merge.updated.map(\.id) == [id])
        let merged = try #require(merge.updated.first)
        #expect(merged.periodsOfCare[0].span.start == later)
        #expect(merged.contacts == Self.county.children[i].contacts)
        #expect(merged.childInNeedEpisodes == Self.county.children[i].childInNeedEpisodes)
        #expect(merged.allocations == Self.county.children[i].allocations)
    }
}
