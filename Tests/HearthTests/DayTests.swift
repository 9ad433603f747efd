import Testing
@testable import Hearth

@Suite struct DayTests {
    @Test func roundTripsThroughOrdinals() {
        var d = Day(1999, 12, 25)
        for _ in 0..<20_000 {
            let c = d.components
            #expect(Day(year: c.year, month: c.month, day: c.day) == d)
            d = d.adding(days: 1)
        }
        #expect(Day(1970, 1, 1).ordinal == 0)
        #expect(Day(2000, 3, 1).ordinal - Day(2000, 2, 28).ordinal == 2)
    }

    @Test func rejectsImpossibleDates() {
        #expect(Day(year: 2023, month: 2, day: 29) == nil)
        #expect(Day(year: 2024, month: 2, day: 29) != nil)
        #expect(Day(year: 2024, month: 13, day: 1) == nil)
        #expect(Day(uk: "31/04/2024") == nil)
        #expect(Day(uk: "1/4/2024") == nil)
        #expect(Day(iso: "2024-04-31") == nil)
        #expect(Day(iso: "2024-4-1") == nil)
    }

    @Test func parsesAndFormatsBothReturnFormats() {
        #expect(Day(uk: "05/01/2017") == Day(2017, 1, 5))
        #expect(Day(iso: "2017-01-05") == Day(2017, 1, 5))
        #expect(Day(2017, 1, 5).ukFormat == "05/01/2017")
        #expect(Day(2017, 1, 5).iso == "2017-01-05")
    }

    @Test func weekdays() {
        #expect(Day(2026, 11, 30).weekday == 1) // Monday
        #expect(Day(2017, 1, 1).weekday == 7)   // Sunday
        #expect(Day(1970, 1, 1).weekday == 4)   // Thursday
    }

    @Test func agesCountCompletedYears() {
        let dob = Day(2008, 3, 31)
        #expect(dob.age(on: Day(2026, 3, 30)) == 17)
        #expect(dob.age(on: Day(2026, 3, 31)) == 18)
        let leap = Day(2008, 2, 29)
        #expect(leap.age(on: Day(2026, 2, 28)) == 17)
        #expect(leap.age(on: Day(2026, 3, 1)) == 18)
        #expect(leap.birthday(18) == Day(2026, 3, 1))
    }

    @Test func monthArithmeticClampsToMonthEnd() {
        #expect(Day(2017, 1, 31).adding(months: 1) == Day(2017, 2, 28))
        #expect(Day(2016, 8, 31).adding(months: -18) == Day(2015, 2, 28))
        #expect(Day(2017, 3, 15).lastOfMonth == Day(2017, 3, 31))
    }

    @Test func spansEndExclusively() {
        let s = DaySpan(start: Day(2017, 1, 5), end: Day(2017, 2, 1))
        #expect(s.contains(Day(2017, 1, 5)))
        #expect(s.contains(Day(2017, 1, 31)))
        #expect(!s.contains(Day(2017, 2, 1)))
        let next = DaySpan(start: Day(2017, 2, 1))
        #expect(!s.overlaps(next))
        #expect(next.overlaps(DaySpan(start: Day(2030, 1, 1))))
        #expect(s.overlaps(from: Day(2017, 1, 31), to: Day(2017, 3, 1)))
        #expect(!s.overlaps(from: Day(2017, 2, 1), to: Day(2017, 3, 1)))
        #expect(s.length(asOf: Day(2018, 1, 1)) == 27)
    }

    @Test func collectionYears() {
        let y = CollectionYear(containing: Day(2025, 3, 31))
        #expect(y == CollectionYear(2024))
        #expect(y.label == "2024/25")
        #expect(CollectionYear(containing: Day(2025, 4, 1)) == CollectionYear(2025))
        #expect(CollectionYear(label: "2024/25") == CollectionYear(2024))
        #expect(CollectionYear(label: "2024/26") == nil)
        #expect(CollectionYear(2099).label == "2099/00")
        #expect(y.end == Day(2025, 3, 31))
    }
}

@Suite struct DayArithmeticEdgeTests {
    @Test func arithmeticOnExtremeDatesDoesNotTrap() {
        let late = Day(uk: "31/12/2199")!
        #expect(late.adding(years: 25).year == 2224)
        #expect(late.birthday(25) == late.adding(years: 25))
        #expect(Day(uk: "29/02/1804")!.adding(years: -10).year == 1794)
        #expect(Day(uk: "01/01/1800")!.lastOfMonth.day == 31)
    }

    @Test func parsesSubstrings() {
        let cell = "x,05/01/2017,y".split(separator: ",")[1]
        #expect(Day(uk: cell) == Day(2017, 1, 5))
        #expect(Day(iso: "2017-01-05" as Substring) == Day(2017, 1, 5))
        #expect(Day(uk: "05/01/2017 ") == nil)
    }
}
