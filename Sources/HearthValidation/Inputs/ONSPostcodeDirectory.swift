import Foundation
import Hearth

/// The ONS Postcode Directory (ONSPD, or the National Statistics Postcode Lookup, NSPL) read from
/// its CSV file, for the distance and placement-authority rules (164, 218, 411, 454, 1015, …).
///
/// Columns are found by name in the header row, in any case, accepting the names the releases
/// have used: postcode `pcds`, `pcd`, `pcd7`, `pcd8` or `pcd2`; grid reference `oseast1m`/`osnrth1m`
/// (2025 releases: `east1m`/`north1m`); district or unitary authority `oslaua`, `laua` or
/// `ladNNcd`; county `oscty`, `cty` or `ctyNNcd` (optional). Other columns are skipped unread.
///
/// Upper-tier local authority: the county code when it is a real English county (`E10…`), otherwise
/// the district or unitary code. The file's county column holds a pseudo-code (`E99999999`,
/// `W99999999`, …) wherever there is no county council, and there the district is the upper tier
/// (unitaries `E06`, metropolitan districts `E08`, London boroughs `E09`, Welsh, Scottish and
/// Northern Irish councils). This gives the UTLA the DfE validator derives through its
/// district-to-upper-tier lookup, without a second file.
///
/// Postcodes compare in upper case without spaces. Postcodes without a grid reference (blank
/// easting and northing, as for most terminated ones) still give their authority. The file is
/// read in chunks and only the needed cells are decoded, so the full 2.7 M-row directory loads
/// in seconds; each postcode is kept as a packed 64-bit key with 32-bit coordinates.
public struct ONSPostcodeDirectory: PostcodeDirectory {
    struct Place: Sendable {
        var easting: Int32
        var northing: Int32
        /// Index into `authorities`; `noAuthority` when the file gives none.
        var authority: UInt16
    }
    static let noGrid = Int32.min
    static let noAuthority = UInt16.max

    private let places: [UInt64: Place]
    private let authorities: [String]

    /// How many postcodes the directory holds.
    public var count: Int { places.count }

    /// Reads the directory from `path`; throws a `ReferenceFileError` naming the line, column and
    /// value of the first problem, or when the file cannot be opened.
    public init(path: String) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw ReferenceFileError(file: path, line: 0, column: "", value: "", problem: "cannot be opened")
        }
        defer { try? handle.close() }
        var loader = Loader(file: path)
        var pending: [UInt8] = []
        while true {
            let chunk = handle.readData(ofLength: 1 << 22)
            if chunk.isEmpty { break }
            pending.append(contentsOf: chunk)
            let used = try pending.withUnsafeBufferPointer { try loader.consume($0, final: false) }
            pending.removeFirst(used)
        }
        _ = try pending.withUnsafeBufferPointer { try loader.consume($0, final: true) }
        try loader.finish()
        places = loader.places
        authorities = loader.authorities
    }

    public func gridReference(_ postcode: String) -> GridReference? {
        guard let key = ONSPostcodeDirectory.key(postcode.utf8), let p = places[key], p.easting != ONSPostcodeDirectory.noGrid
        else { return nil }
        return GridReference(easting: Int(p.easting), northing: Int(p.northing))
    }

    public func localAuthority(_ postcode: String) -> String? {
        guard let key = ONSPostcodeDirectory.key(postcode.utf8), let p = places[key],
              p.authority != ONSPostcodeDirectory.noAuthority else { return nil }
        return authorities[Int(p.authority)]
    }

    /// A postcode as a 64-bit key: its letters and digits in upper case, spaces dropped, one byte
    /// each. Nil for blank or longer than eight characters (no UK postcode is).
    static func key(_ bytes: some Sequence<UInt8>) -> UInt64? {
        var k: UInt64 = 0, n = 0
        for var b in bytes where b != 32 && b != 9 && b != 34 {
            if b >= 97 && b <= 122 { b -= 32 }
            n += 1
            if n > 8 { return nil }
            k = k << 8 | UInt64(b)
        }
        return n == 0 ? nil : k
    }
}

extension ONSPostcodeDirectory {
    /// The names accepted for each column, most specific first.
    enum Column: Int, CaseIterable {
        case postcode, easting, northing, district, county
        var names: [String] {
            switch self {
            case .postcode: ["pcds", "pcd", "pcd7", "pcd8", "pcd2"]
            case .easting: ["oseast1m", "east1m"]
            case .northing: ["osnrth1m", "north1m"]
            case .district: ["oslaua", "laua"]
            case .county: ["oscty", "cty"]
            }
        }
        /// A year-stamped name (`lad25cd`, `cty25cd`) of the 2025-on releases.
        func matchesStamped(_ name: String) -> Bool {
            let prefix: String
            switch self { case .district: prefix = "lad"; case .county: prefix = "cty"; default: return false }
            let u = Array(name.utf8)
            return name.hasPrefix(prefix) && name.hasSuffix("cd") && u.count == 7
                && (48...57).contains(u[3]) && (48...57).contains(u[4])
        }
    }

    /// The streaming state: the header's column positions, then one place per data line.
    struct Loader {
        let file: String
        var line = 0
        var slotOfColumn: [Int] = []
        /// The last cell a data line needs read; the rest of the line is skipped.
        var lastNeeded = 0
        var columnNames: [String] = []
        var places: [UInt64: Place] = [:]
        var authorities: [String] = []
        var authorityIndex: [String: UInt16] = [:]
        var headerSeen = false

        init(file: String) { self.file = file }

        /// Reads every complete line of `buffer` (all of it when `final`); returns the bytes used.
        mutating func consume(_ buffer: UnsafeBufferPointer<UInt8>, final: Bool) throws -> Int {
            var start = 0
            let n = buffer.count
            while start < n {
                var end = start
                while end < n, buffer[end] != 10 { end += 1 }
                if end == n && !final { break }
                line += 1
                var stop = end
                if stop > start, buffer[stop - 1] == 13 { stop -= 1 }
                if stop > start {
                    let slice = UnsafeBufferPointer(rebasing: buffer[start..<stop])
                    if headerSeen { try readPlace(slice) } else { try readHeader(slice) }
                }
                start = end + 1
            }
            return min(start, n)
        }

        mutating func finish() throws {
            if !headerSeen {
                throw ReferenceFileError(file: file, line: 1, column: "", value: "", problem: "the file is empty (no header row)")
            }
        }

        /// The cells of a line as byte ranges, quotes stripped (ONSPD quotes every cell).
        static func cells(_ l: UnsafeBufferPointer<UInt8>, upTo last: Int, _ body: (Int, Range<Int>) -> Void) -> Int {
            var i = 0, index = 0
            let n = l.count
            while true {
                var lo = i, hi: Int
                if i < n, l[i] == 34 {
                    lo = i + 1; i = lo
                    while i < n, l[i] != 34 { i += 1 }
                    hi = i
                    while i < n, l[i] != 44 { i += 1 }
                } else {
                    while i < n, l[i] != 44 { i += 1 }
                    hi = i
                }
                while lo < hi, l[lo] == 32 { lo += 1 }
                while hi > lo, l[hi - 1] == 32 { hi -= 1 }
                body(index, lo..<hi)
                index += 1
                if i >= n || index > last { return index }
                i += 1
            }
        }

        mutating func readHeader(_ l: UnsafeBufferPointer<UInt8>) throws {
            var names: [String] = []
            var bytes = l
            if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
                bytes = UnsafeBufferPointer(rebasing: bytes[3...])
            }
            _ = Loader.cells(bytes, upTo: .max) { _, r in
                names.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[r]), as: UTF8.self).lowercased())
            }
            var positions = [Int](repeating: -1, count: Column.allCases.count)
            for column in Column.allCases {
                if let name = column.names.first(where: names.contains), let at = names.firstIndex(of: name) {
                    positions[column.rawValue] = at
                } else if let at = names.firstIndex(where: column.matchesStamped) {
                    positions[column.rawValue] = at
                } else if column != .county {
                    let accepted = column.names + (column == .district ? ["ladNNcd"] : [])
                    throw ReferenceFileError(file: file, line: line, column: accepted.joined(separator: "/"), value: "",
                                             problem: "is missing from the header row; is this the ONS Postcode Directory CSV?")
                }
            }
            slotOfColumn = [Int](repeating: -1, count: names.count)
            for (slot, at) in positions.enumerated() where at >= 0 { slotOfColumn[at] = slot }
            lastNeeded = positions.max() ?? 0
            columnNames = Column.allCases.map { positions[$0.rawValue] >= 0 ? names[positions[$0.rawValue]] : "" }
            headerSeen = true
        }

        mutating func readPlace(_ l: UnsafeBufferPointer<UInt8>) throws {
            var ranges = [Range<Int>?](repeating: nil, count: 5)
            let map = slotOfColumn
            _ = Loader.cells(l, upTo: lastNeeded) { index, r in
                if index < map.count, map[index] >= 0 { ranges[map[index]] = r }
            }
            func text(_ c: Column) -> String {
                ranges[c.rawValue].map { String(decoding: UnsafeBufferPointer(rebasing: l[$0]), as: UTF8.self) } ?? ""
            }
            for c in [Column.postcode, .easting, .northing, .district] where ranges[c.rawValue] == nil {
                throw ReferenceFileError(file: file, line: line, column: columnNames[c.rawValue], value: "",
                                         problem: "is missing: the line has fewer cells than the header")
            }
            guard let key = ONSPostcodeDirectory.key(UnsafeBufferPointer(rebasing: l[ranges[0]!])) else {
                throw ReferenceFileError(file: file, line: line, column: columnNames[0], value: text(.postcode),
                                         problem: "is not a postcode (blank, or longer than eight characters)")
            }
            let easting = try number(l, ranges[1]!, .easting, text)
            let northing = try number(l, ranges[2]!, .northing, text)
            if (easting == nil) != (northing == nil) {
                let blank: Column = easting == nil ? .easting : .northing
                throw ReferenceFileError(file: file, line: line, column: columnNames[blank.rawValue], value: "",
                                         problem: "is blank while the other grid coordinate is given")
            }
            var upper: Range<Int>? = ranges[Column.district.rawValue]
            if let county = ranges[Column.county.rawValue], county.count == 9,
               l[county.lowerBound] == 69, l[county.lowerBound + 1] == 49, l[county.lowerBound + 2] == 48 { // "E10"
                upper = county
            }
            var authority = ONSPostcodeDirectory.noAuthority
            if let upper, !upper.isEmpty {
                let code = String(decoding: UnsafeBufferPointer(rebasing: l[upper]), as: UTF8.self)
                if let i = authorityIndex[code] { authority = i } else {
                    authority = UInt16(authorities.count)
                    authorities.append(code); authorityIndex[code] = authority
                }
            }
            places[key] = Place(easting: easting ?? ONSPostcodeDirectory.noGrid, northing: northing ?? 0, authority: authority)
        }

        /// A whole number of metres, nil when blank; anything else is an error.
        func number(_ l: UnsafeBufferPointer<UInt8>, _ r: Range<Int>, _ c: Column, _ text: (Column) -> String) throws -> Int32? {
            if r.isEmpty { return nil }
            var v: Int32 = 0
            for i in r {
                let d = l[i] &- 48
                guard d < 10, v < 100_000_000 else {
                    throw ReferenceFileError(file: file, line: line, column: columnNames[c.rawValue], value: text(c),
                                             problem: "is not a grid coordinate in whole metres")
                }
                v = v * 10 + Int32(d)
            }
            return v
        }
    }
}
