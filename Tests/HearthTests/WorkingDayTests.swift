import Testing
@testable import Hearth

@Suite struct WorkingDayTests {
    let calendar = WorkingDayCalendar.englandAndWales

    @Test func holidayDataCoversEveryYearWithEightOrMore() {
        for year in 2010...2030 {
            let count = EnglandAndWalesBankHolidays.all.filter { $0.date.hasPrefix("\(year)-") }.count
            #expect(count >= 8, "year \(year) has \(count) bank holidays")
        }
        // One-off and moved holidays, which is why the list is data.
        #expect(calendar.isBankHoliday(Day(2011, 4, 29)))
        #expect(calendar.isBankHoliday(Day(2020, 5, 8)))
        #expect(!calendar.isBankHoliday(Day(2020, 5, 4)))
        #expect(calendar.isBankHoliday(Day(2022, 9, 19)))
        #expect(calendar.isBankHoliday(Day(2023, 5, 8)))
        #expect(calendar.isBankHoliday(Day(2012, 6, 5)))
        #expect(!calendar.isBankHoliday(Day(2012, 5, 28)))
    }

    @Test func substituteDaysWhenChristmasFallsAtTheWeekend() {
        // 2021: Christmas Saturday, Boxing Day Sunday -> Mon 27 and Tue 28.
        #expect(calendar.isBankHoliday(Day(2021, 12, 27)))
        #expect(calendar.isBankHoliday(Day(2021, 12, 28)))
        // 2022: Christmas Sunday -> Boxing Day Mon 26, substitute Tue 27.
        #expect(calendar.isBankHoliday(Day(2022, 12, 26)))
        #expect(calendar.isBankHoliday(Day(2022, 12, 27)))
        // 2016: Christmas Sunday.
        #expect(calendar.isBankHoliday(Day(2016, 12, 27)))
        #expect(!calendar.isWorkingDay(Day(2016, 12, 26)))
    }

    @Test func addingAcrossAWeekend() {
        // Friday + 1 working day = Monday.
        #expect(calendar.adding(workingDays: 1, to: Day(2017, 1, 13)) == Day(2017, 1, 16))
        #expect(calendar.adding(workingDays: 0, to: Day(2017, 1, 14)) == Day(2017, 1, 14))
        #expect(calendar.adding(workingDays: -1, to: Day(2017, 1, 16)) == Day(2017, 1, 13))
        #expect(calendar.workingDays(from: Day(2017, 1, 13), to: Day(2017, 1, 16)) == 1)
    }

    @Test func addingAcrossChristmas() {
        // Fri 23 Dec 2016 + 1 = Wed 28 Dec (26 Mon Boxing Day, 27 Tue Christmas substitute).
        #expect(calendar.adding(workingDays: 1, to: Day(2016, 12, 23)) == Day(2016, 12, 28))
        // An ICPC due 15 working days after an S47 starting Mon 12 Dec 2016: 13–16 Dec (4), 19–23 Dec (9),
        // 26–27 Dec holidays, 28–30 Dec (12), 2 Jan New Year substitute, 3–5 Jan (15).
        #expect(calendar.adding(workingDays: 15, to: Day(2016, 12, 12)) == Day(2017, 1, 5))
        #expect(calendar.workingDays(from: Day(2016, 12, 12), to: Day(2017, 1, 5)) == 15)
        #expect(calendar.isWithin(15, workingDaysOf: Day(2016, 12, 12), event: Day(2017, 1, 5)))
        #expect(!calendar.isWithin(15, workingDaysOf: Day(2016, 12, 12), event: Day(2017, 1, 6)))
    }

    @Test func easterAndFortyFiveDayAssessments() {
        // Thu 13 Apr 2017 + 1 working day skips Good Friday and Easter Monday.
        #expect(calendar.adding(workingDays: 1, to: Day(2017, 4, 13)) == Day(2017, 4, 18))
        // 45 working days from Mon 3 Apr 2017: 9 weeks of 5 days = 5 June, plus 3 bank holidays
        // (Good Friday, Easter Monday, Early May) and the Spring holiday on 29 May = 9 June.
        #expect(calendar.adding(workingDays: 45, to: Day(2017, 4, 3)) == Day(2017, 6, 9))
    }

    @Test func countingAgreesWithStepping() {
        var d = Day(2015, 11, 2)
        for n in stride(from: 0, through: 400, by: 7) {
            let end = calendar.adding(workingDays: n, to: d)
            #expect(calendar.workingDays(from: d, to: end) == n)
            d = d.adding(days: 3)
        }
        #expect(calendar.workingDays(from: Day(2017, 1, 16), to: Day(2017, 1, 13)) == -1)
    }

    @Test func snapshotDateIsLastWorkingDay() {
        #expect(calendar.lastWorkingDay(ofMonthContaining: Day(2017, 1, 10)) == Day(2017, 1, 31))
        #expect(calendar.lastWorkingDay(ofMonthContaining: Day(2016, 7, 1)) == Day(2016, 7, 29))
        // 31 Aug 2015 was the summer bank holiday.
        #expect(calendar.lastWorkingDay(ofMonthContaining: Day(2015, 8, 3)) == Day(2015, 8, 28))
    }
}
