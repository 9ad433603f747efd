import Hearth
import Testing
@testable import HearthIndicators

/// The rating engine with Kent's configured targets and floors reproduces every RAG printed in the
/// spec's editions (scorecard §5, §6, §7) from the printed value, numerator and denominator.
@Suite struct PublishedRatingTests {
    /// "id num den printed RAG"; "-" for a blank numerator or denominator. Unrounded num/den are used when printed.
    static let aug2016Latest = """
    1 3543 15921 22.3 G|2 15127 16833 89.9 A|3 - - 35 G|4 15712 15986 98.3 G|5 2184 2453 89.0 A|6 1595 1970 81.0 G|7 - - 1 A
    8 109 136 80.1 A|9 1281 1891 67.7 R|10 66 1145 5.8 G|11 19560 21663 90.3 G|12 805 805 100.0 G|13 276 1275 21.6 A
    14 36 1362 2.6 G|15 4572 4647 98.4 G|16 1169 1368 85.5 G|17 293 2246 13.0 R|18 410 576 71.2 G|19 1020 1182 86.3 G
    20 1115 1392 80.1 G|21 5873 6146 95.6 G|22 2136 2175 98.2 G|23 1785 1926 92.7 G|24 1724 1926 89.5 A|25 542 1130 48.0 R
    26 1091 1439 75.8 A|27 576 1067 54.0 A|28 73 98 74.5 A|29 29462 81 363.7 G|30 11663 77 151.5 A|31 81 628 12.9 A
    32 1077 1606 67.1 A|33 1004 1089 92.2 G|34 633 1089 58.1 A|35 1001 1097 91.2 G|36 703 714 98.5 G|37 458 703 65.1 G
    38 17 703 2.4 A|39 1454 2268 64.1 A|40 3887 6076 64.0 A|41 404.3 524.0 77.2 A|42 89.9 524.0 17.2 A|43 1804 115.0 15.7 A
    44 4589 220.5 20.8 A|45 835 46.6 17.9 G
    """
    static let aug2016Rolling3 = """
    1 22.7 G|2 91.4 G|4 97.9 A|9 73.9 R|13 22.9 A|14 2.9 G|15 98.3 G|16 87.1 G|21 95.6 G|25 84.2 A|28 76.5 G|29 287.7 G
    30 99.9 G|31 10.2 A|32 67.5 A|33 91.5 G|34 53.7 R|36 98.7 G|37 66.4 G|38 1.3 A|39 65.0 A|40 70.4 A
    """
    static let jan2017Latest = """
    1 3521 15324 23.0 G|2 15241 16745 91.0 G|3 - - 17 G|4 15645 15946 98.1 G|5 1993 2343 85.1 A|6 1699 1847 92.0 G|7 - - 1 A
    8 190 231 82.3 A|9 1239 1710 72.5 R|10 58 1142 5.1 G|11 19983 22184 90.1 G|12 833 833 100.0 G|13 269 1315 20.5 A
    14 40 1189 3.4 G|15 4563 4631 98.5 G|16 1155 1349 85.6 G|17 252 1948 12.9 A|18 400 561 71.3 G|19 968 1122 86.3 G
    20 1085 1342 80.8 G|21 5613 5841 96.1 G|22 1884 1910 98.6 G|23 1424 1542 92.3 G|24 1378 1542 89.4 A|25 521 634 82.2 A
    27 558 1134 49.2 A|28 69 91 75.8 G|29 27554 89 309.6 G|30 - 81 107.8 G|31 90 634 14.2 G|32 1202 1768 68.0 A
    33 1170 1278 91.5 G|34 758 1278 59.3 A|35 1189 1272 93.5 G|36 723 746 96.9 G|37 486 723 67.2 G|38 15 723 2.1 A
    39 1438 2278 63.1 A|40 3943 5748 68.6 A|41 428.7 527.2 81.3 A|42 74.0 527.2 14.0 G|43 - 113.6 15.1 A
    44 4606 234.4 19.6 A|45 788 46.6 16.9 G
    """
    static let jan2017Rolling3 = """
    1 22.3 G|2 92.7 G|4 97.4 A|9 71.7 R|13 18.2 G|14 5.9 A|15 98.3 G|16 87.2 G|21 95.4 G|25 78.3 R|28 66.7 A|29 331.6 G
    30 116.7 G|31 17.9 G|32 65.3 A|33 90.6 G|34 63.0 A|36 92.3 A|37 67.8 G|38 2.1 A|39 64.3 A|40 71.0 A
    """
    /// UASC-impact pages (§6.2, §6.3): "id num den RAG" per cell, including and excluding UASC; "?" where the letter was lost.
    static let uascImpact = """
    2016-08 17 293 2246 R 186 1448 A|2016-08 18 410 576 G 408 573 G|2016-08 21 5873 6146 G 3533 3609 G|2016-08 22 2136 2175 G 1400 1407 G
    2016-08 23 1785 1926 G 1173 1251 G|2016-08 24 1724 1926 A 1172 1251 G|2016-08 25 542 1130 R 341 522 R|2016-08 26 1091 1439 A 895 1067 G
    2016-08 27 576 1067 A 515 946 A|2016-08 17 39 282 R 27 209 A|2016-08 18 51 77 A 51 77 A|2016-08 21 712 735 G 509 515 G
    2016-08 22 275 276 G 203 204 G|2016-08 23 241 252 G 177 184 G|2016-08 24 221 252 A 172 184 G|2016-08 25 58 78 R 58 77 R
    2016-08 26 155 176 G 136 149 G|2016-08 27 77 166 A 70 138 A|2016-08 17 85 643 R 72 552 R|2016-08 18 174 228 G 173 226 G
    2016-08 21 1582 1651 G 1360 1376 G|2016-08 22 621 625 G 533 534 G|2016-08 23 485 552 A 419 467 A|2016-08 24 484 552 A 430 467 G
    2016-08 25 97 165 R 97 165 R|2016-08 26 358 454 A 340 412 G|2016-08 27 230 404 A 207 363 A|2016-08 17 56 392 R 49 320 R
    2016-08 18 72 105 A 71 104 A|2016-08 21 950 989 G 782 814 G|2016-08 22 385 387 G 313 315 G|2016-08 23 329 339 G 270 279 G
    2016-08 24 321 339 G 265 279 G|2016-08 25 116 152 R 116 152 R|2016-08 26 210 261 G 188 229 G|2016-08 27 157 233 G 134 196 G
    2016-08 17 47 362 A 32 264 A|2016-08 18 72 112 R 72 112 R|2016-08 21 889 912 G 638 649 G|2016-08 22 345 349 G 248 251 G
    2016-08 23 268 308 A 209 223 G|2016-08 24 278 308 G 209 223 G|2016-08 25 60 96 R 60 96 R|2016-08 26 196 241 G 159 194 G
    2016-08 27 67 190 R 59 175 R|2016-08 32 1077 1606 A 634 842 G|2016-08 33 1004 1089 G 577 635 G|2016-08 34 633 1089 A 325 635 R
    2016-08 35 1001 1097 G 501 541 G|2016-08 2 15127 16833 A 14588 16113 G
    2017-01 17 252 1948 A 180 1395 A|2017-01 18 400 561 G 397 556 G|2017-01 21 5613 5841 G 3492 3555 G|2017-01 22 1884 1910 G 1365 1372 G
    2017-01 23 1424 1542 G 1015 1087 G|2017-01 24 1378 1542 A 1001 1087 G|2017-01 25 521 634 A 371 477 R|2017-01 27 558 1134 A 479 925 A
    2017-01 17 40 258 R 27 193 R|2017-01 18 54 78 A 54 78 A|2017-01 21 695 710 G 508 515 G|2017-01 22 252 254 G 188 189 G
    2017-01 23 204 211 G 146 153 G|2017-01 24 189 211 A 141 153 G|2017-01 25 56 72 R 56 72 R|2017-01 27 58 160 R 49 129 R
    2017-01 17 82 611 R 69 545 A|2017-01 18 160 217 G 159 215 ?|2017-01 21 1523 1578 G 1330 1349 ?|2017-01 22 599 601 G 534 535 ?
    2017-01 23 415 474 A 371 415 ?|2017-01 24 418 474 A 377 415 ?|2017-01 25 136 183 R 136 183 ?|2017-01 27 210 417 A 181 366 ?
    2017-01 17 58 343 R 48 294 R|2017-01 18 70 105 A 69 103 ?|2017-01 21 941 970 G 781 802 ?|2017-01 22 334 338 G 286 289 ?
    2017-01 23 267 274 G 231 237 ?|2017-01 24 258 274 G 223 237 ?|2017-01 25 98 122 A 98 122 ?|2017-01 27 131 219 A 110 187 ?
    2017-01 17 43 337 A 32 261 A|2017-01 18 77 111 A 76 110 ?|2017-01 21 886 901 G 642 650 ?|2017-01 22 333 334 G 257 258 ?
    2017-01 23 228 254 A 177 192 ?|2017-01 24 225 254 A 178 192 ?|2017-01 25 76 86 A 76 86 ?|2017-01 27 98 209 A 88 167 ?
    2017-01 32 1202 1768 A 647 843 G|2017-01 33 1170 1278 G 588 657 ?|2017-01 34 758 1278 A 318 657 ?|2017-01 35 1189 1272 G 559 592 ?
    2017-01 2 15241 16745 G 14803 16224 ?
    """

    static func cells(_ text: String) -> [[String]] {
        text.split(whereSeparator: { $0 == "|" || $0 == "\n" }).map { $0.split(separator: " ").map(String.init) }
    }

    /// Value from printed numerator and denominator (unrounded) when both exist, else the printed value.
    static func value(_ id: String, _ num: String, _ den: String, _ printed: String) -> (Double, Double?) {
        let d = IndicatorCatalogue.definition(id)!
        guard let n = Double(num), let m = Double(den) else { return (Double(printed)!, Double(den)) }
        return (d.unit == .percent ? 100 * n / m : n / m, m)
    }

    static func rate(_ id: String, _ v: Double, _ den: Double?, _ month: ReportingMonth) -> RAG? {
        let d = IndicatorCatalogue.definition(id)!
        return Rating.rate(v, denominator: den, polarity: d.polarity, TargetSet.kent().thresholds(id, in: month)!)
    }

    @Test(arguments: [(aug2016Latest, F.aug2016, 22, 20, 3), (jan2017Latest, F.jan2017, 27, 16, 1)])
    func latestResultsAndTotals(_ table: String, _ month: ReportingMonth, _ green: Int, _ amber: Int, _ red: Int) {
        var counts: [RAG: Int] = [:]
        for row in Self.cells(table) {
            let (v, den) = Self.value(row[0], row[1], row[2], row[3])
            let printed = RAG(rawValue: row[4])
            let rag = Self.rate(row[0], v, den, month)
            #expect(rag == printed, "\(month) id \(row[0]) value \(v): \(String(describing: rag)) vs printed \(row[4])")
            // The printed value is the unrounded one rounded half-up to 1 dp (not checkable where the printed
            // FTE denominator is itself rounded: 4606 / 234.4 = 19.65 was printed 19.6 from the unrounded FTE).
            let fteRounded = row[2].contains(".")
            #expect(IndicatorResult.oneDecimal(v) == IndicatorResult.oneDecimal(Double(row[3])!) || row[1] == "-" || fteRounded,
                    "\(month) id \(row[0]) prints \(IndicatorResult.oneDecimal(v)) not \(row[3])")
            if let rag { counts[rag, default: 0] += 1 }
        }
        #expect(counts[.green] == green && counts[.amber] == amber && counts[.red] == red, "\(counts)")
    }

    @Test(arguments: [(aug2016Rolling3, F.aug2016), (jan2017Rolling3, F.jan2017)])
    func rollingThreeMonths(_ table: String, _ month: ReportingMonth) {
        for row in Self.cells(table) {
            let rag = Self.rate(row[0], Double(row[1])!, nil, month)
            #expect(rag == RAG(rawValue: row[2]), "\(month) rolling-3 id \(row[0]) \(row[1]): \(String(describing: rag))")
        }
    }

    @Test func uascImpactPages() {
        for row in Self.cells(Self.uascImpact) {
            let month = ReportingMonth(text: row[0])!
            let (inc, incDen) = Self.value(row[1], row[2], row[3], "0")
            #expect(Self.rate(row[1], inc, incDen, month) == RAG(rawValue: row[4]), "\(row.joined(separator: " ")) including")
            if row[7] != "?" {
                let (exc, excDen) = Self.value(row[1], row[5], row[6], "0")
                #expect(Self.rate(row[1], exc, excDen, month) == RAG(rawValue: row[7]), "\(row.joined(separator: " ")) excluding")
            }
        }
    }

    @Test func exceptionReportTrends() {
        // Id 17, May–Aug 2016: 13.2 R, 12.97 A, 12.9 A, 13.0 (293/2246) R. Id 25: target 80% in May, 90% from June.
        let trend17: [(Int, Double, RAG)] = [(5, 13.2, .red), (6, 12.97, .amber), (7, 12.9, .amber), (8, 100.0 * 293 / 2246, .red)]
        for (m, v, r) in trend17 { #expect(Self.rate("17", v, nil, ReportingMonth(year: 2016, month: m)) == r) }
        #expect(TargetSet.kent().thresholds("25", in: ReportingMonth(year: 2016, month: 5))?.target == 80)
        #expect(TargetSet.kent().thresholds("25", in: ReportingMonth(year: 2016, month: 6))?.target == 90)
        for (m, v) in [(5, 36.2), (6, 37.5), (7, 42.9), (8, 48.0)] {
            #expect(Self.rate("25", v, nil, ReportingMonth(year: 2016, month: m)) == .red)
        }
        for (m, v) in [(10, 71.9), (11, 72.5), (12, 72.3)] { #expect(Self.rate("9", v, nil, ReportingMonth(year: 2016, month: m)) == .red) }
    }

    @Test func february2018Directorate() {
        let feb = ReportingMonth(year: 2018, month: 2), march2017 = ReportingMonth(year: 2017, month: 3)
        // (2016-17 id, 2017-18 latest, RAG 2017-18, 2016-17 outturn, RAG 2016-17 or nil where blank)
        let rows: [(String, Double, RAG, Double, RAG?)] = [
            ("1", 22.6, .green, 23.4, .green), ("13", 19.9, .green, 19.3, .green), ("18", 70.1, .green, 69.0, .amber),
            ("19", 85.2, .green, 86.5, .green), ("29", 332.3, .green, 351.4, .green), ("34", 66.0, .green, 62.4, .amber),
            ("37", 81.4, .green, 67.3, .green), ("41", 82.9, .amber, 80.1, .amber), ("43", 15.6, .amber, 15.5, .amber),
            ("44", 22.8, .red, 22.0, nil),
        ]
        for (id, latest, rag, outturn, old) in rows {
            #expect(Self.rate(id, latest, nil, feb) == rag, "Feb 2018 id \(id)")
            if let old { #expect(Self.rate(id, outturn, nil, march2017) == old, "2016-17 outturn id \(id)") }
        }
        // SCS8 (a different measure from id 9) with its printed target 85: 90.8 is Green.
        #expect(Rating.rate(90.8, denominator: nil, polarity: .higher, Thresholds(target: 85)) == .green)
    }

    @Test func ratingRules() {
        // Floor equality: H floor is Amber, L floor is Red; configurable per indicator.
        #expect(Rating.rate(80, denominator: 100, polarity: .higher, Thresholds(target: 90, floor: 80)) == .amber)
        #expect(Rating.rate(13, denominator: 100, polarity: .lower, Thresholds(target: 10, floor: 13)) == .red)
        #expect(Rating.rate(13, denominator: 100, polarity: .lower, Thresholds(target: 10, floor: 13, floorIsAmber: true)) == .amber)
        // T: 15–20 Green, 10–25 Amber.
        let t = Thresholds(target: 17.5, greenTolerance: 2.5, floorTolerance: 7.5)
        #expect(Rating.rate(20.0, denominator: 100, polarity: .target, t) == .green)
        #expect(Rating.rate(20.5, denominator: 100, polarity: .target, t) == .amber)
        #expect(Rating.rate(9.9, denominator: 100, polarity: .target, t) == .red)
        #expect(Rating.rate(25.0, denominator: 100, polarity: .target, t) == .amber)
        // Denominators: 4 no RAG, 5 rated; counts always rated; no floor → never Red.
        #expect(Rating.rate(0, denominator: 4, polarity: .higher, Thresholds(target: 90, floor: 80)) == nil)
        #expect(Rating.rate(0, denominator: 5, polarity: .higher, Thresholds(target: 90, floor: 80)) == .red)
        #expect(Rating.rate(0, denominator: 5, polarity: .higher, Thresholds(target: 90)) == .amber)
        #expect(Rating.isCaution(denominator: 9) && !Rating.isCaution(denominator: 10) && !Rating.isCaution(denominator: 0))
        // Direction of travel at 1 dp by polarity; T moves towards or away from the target.
        #expect(Rating.direction(from: 12.94, to: 12.91, polarity: .lower, target: 10) == .same)
        #expect(Rating.direction(from: 13.8, to: 12.9, polarity: .lower, target: 10) == .improved)
        #expect(Rating.direction(from: 19.4, to: 19.9, polarity: .target, target: 17.5) == .worsened)
        #expect(Rating.direction(from: 21.3, to: 20.5, polarity: .target, target: 17.5) == .improved)
        #expect(Rating.direction(from: nil, to: 20.5, polarity: .higher, target: 17.5) == nil)
        // Half-up display rounding: 58/160 = 36.25% prints 36.3; 4606 / 234.36 (unrounded FTE) prints 19.7 only
        // at 234.4, so averages are computed from unrounded FTE.
        #expect(IndicatorResult.oneDecimal(100.0 * 58 / 160) == "36.3")
        #expect(IndicatorResult.oneDecimal(4606 / 234.44) == "19.6")
    }
}
