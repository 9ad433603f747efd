import Foundation
import Hearth

/// A county as JSON Lines: one file per record kind, one record per line, keys sorted, records
/// in a stable order, so the same county always gives the same bytes.
///
/// - `county.json`: the council code, name, extract date and format version (one object);
/// - `areas.jsonl`, `teams.jsonl`, `workers.jsonl`, `posts.jsonl`, `fostering_households.jsonl`;
/// - `postcodes.jsonl`: `{"easting":…,"northing":…,"postcode":…}` sorted by postcode;
/// - `children.jsonl`: each child's whole record nested on one line.
///
/// Reading is all-or-nothing: the first bad line stops the import with an error naming the
/// file, the line and the field, and a county that breaks the model's invariants is refused.
public enum JSONLinesArchive {
    public static let formatVersion = 1

    struct Header: Codable {
        var format: String
        var version: Int
        var councilCode: String
        var name: String
        var extractDate: Day
    }

    struct PostcodeRow: Codable {
        var postcode: String
        var easting: Int
        var northing: Int
    }

    static let files = ["county.json", "areas.jsonl", "teams.jsonl", "workers.jsonl", "posts.jsonl",
                        "fostering_households.jsonl", "postcodes.jsonl", "children.jsonl"]

    // MARK: Writing

    public static func write(_ county: County, to directory: String) throws {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let header = Header(format: "hearth-county", version: formatVersion, councilCode: county.councilCode,
                            name: county.name, extractDate: county.extractDate)
        try writeLines([header], to: path(directory, "county.json"), encoder)
        try writeLines(county.areas, to: path(directory, "areas.jsonl"), encoder)
        try writeLines(county.teams, to: path(directory, "teams.jsonl"), encoder)
        try writeLines(county.workers, to: path(directory, "workers.jsonl"), encoder)
        try writeLines(county.posts, to: path(directory, "posts.jsonl"), encoder)
        try writeLines(county.fosteringHouseholds, to: path(directory, "fostering_households.jsonl"), encoder)
        let postcodes = county.postcodes.keys.sorted().map { k in
            PostcodeRow(postcode: k, easting: county.postcodes[k]!.easting, northing: county.postcodes[k]!.northing)
        }
        try writeLines(postcodes, to: path(directory, "postcodes.jsonl"), encoder)
        try writeLinesInParallel(county.children, to: path(directory, "children.jsonl"))
    }

    static func path(_ directory: String, _ file: String) -> String {
        directory.hasSuffix("/") ? directory + file : directory + "/" + file
    }

    /// Writes records one per line, flushing in blocks so a national-scale county never has to
    /// be held as text in memory.
    private static func writeLines<T: Encodable>(_ records: [T], to file: String, _ encoder: JSONEncoder) throws {
        guard FileManager.default.createFile(atPath: file, contents: nil) else {
            throw JSONLinesArchiveError(file: file, line: nil, message: "cannot create the file")
        }
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: file))
        defer { try? handle.close() }
        var buffer = Data()
        buffer.reserveCapacity(1 << 22)
        for record in records {
            buffer.append(try encoder.encode(record))
            buffer.append(0x0A)
            if buffer.count >= 1 << 22 {
                try handle.write(contentsOf: buffer)
                buffer.removeAll(keepingCapacity: true)
            }
        }
        if !buffer.isEmpty { try handle.write(contentsOf: buffer) }
    }

    /// As `writeLines`, encoding blocks of records on all cores; lines keep their order.
    private static func writeLinesInParallel<T: Encodable & Sendable>(_ records: [T], to file: String) throws {
        guard FileManager.default.createFile(atPath: file, contents: nil) else {
            throw JSONLinesArchiveError(file: file, line: nil, message: "cannot create the file")
        }
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: file))
        defer { try? handle.close() }
        let parts = max(1, ProcessInfo.processInfo.activeProcessorCount)
        let block = 4_000 * parts
        var start = 0
        while start < records.count {
            let first = start, end = min(records.count, start + block)
            let encoded = EncodedParts(count: parts)
            DispatchQueue.concurrentPerform(iterations: parts) { p in
                let lo = first + (end - first) * p / parts, hi = first + (end - first) * (p + 1) / parts
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
                var data = Data()
                do {
                    for i in lo..<hi {
                        data.append(try encoder.encode(records[i]))
                        data.append(0x0A)
                    }
                    encoded.set(p, .success(data))
                } catch {
                    encoded.set(p, .failure(error))
                }
            }
            for part in encoded.take() { try handle.write(contentsOf: try part.get()) }
            start = end
        }
    }

    // MARK: Reading

    public static func read(from directory: String) throws -> County {
        var county = try readShell(from: directory)
        let childrenFile = path(directory, "children.jsonl")
        county.children = try readLines(childrenFile, JSONDecoder())
        if let v = county.violations().first {
            let line = v.child.flatMap { id in county.children.firstIndex { $0.id == id } }.map { $0 + 1 }
            throw JSONLinesArchiveError(file: line == nil ? path(directory, "teams.jsonl") : childrenFile, line: line,
                                        message: "breaks the case model: \(v)")
        }
        return county
    }

    /// Everything but the children: header, areas, teams, workers, posts, fostering households and
    /// postcodes, checked (teams name real areas, workers real teams). With `children(in:shell:…)`
    /// this reads a national-size archive without holding every child at once.
    public static func readShell(from directory: String) throws -> County {
        let decoder = JSONDecoder()
        let headers: [Header] = try readLines(path(directory, "county.json"), decoder)
        guard headers.count == 1, let header = headers.first else {
            throw JSONLinesArchiveError(file: path(directory, "county.json"), line: nil,
                                        message: "expected exactly one county header object, found \(headers.count)")
        }
        guard header.format == "hearth-county" else {
            throw JSONLinesArchiveError(file: path(directory, "county.json"), line: 1,
                                        message: "field format: expected \"hearth-county\", found \"\(header.format)\"")
        }
        guard header.version == formatVersion else {
            throw JSONLinesArchiveError(file: path(directory, "county.json"), line: 1,
                                        message: "field version: this reader understands version \(formatVersion), found \(header.version)")
        }
        let postcodeFile = path(directory, "postcodes.jsonl")
        var postcodes: [String: GridReference] = [:]
        for (i, row) in try (readLines(postcodeFile, decoder) as [PostcodeRow]).enumerated() {
            let key = GridReference.normalise(row.postcode)
            guard postcodes.updateValue(GridReference(easting: row.easting, northing: row.northing), forKey: key) == nil else {
                throw JSONLinesArchiveError(file: postcodeFile, line: i + 1, message: "field postcode: duplicate postcode \"\(row.postcode)\"")
            }
        }
        let shell = County(councilCode: header.councilCode, name: header.name, extractDate: header.extractDate,
                           areas: try readLines(path(directory, "areas.jsonl"), decoder),
                           teams: try readLines(path(directory, "teams.jsonl"), decoder),
                           workers: try readLines(path(directory, "workers.jsonl"), decoder),
                           posts: try readLines(path(directory, "posts.jsonl"), decoder),
                           fosteringHouseholds: try readLines(path(directory, "fostering_households.jsonl"), decoder),
                           postcodes: postcodes)
        if let v = shell.violations().first {
            throw JSONLinesArchiveError(file: path(directory, v.path.hasPrefix("workers") ? "workers.jsonl" : "teams.jsonl"),
                                        line: nil, message: "breaks the case model: \(v)")
        }
        return shell
    }

    /// The archive's children as a stream of batches of at most `batchSize`, in file order, each
    /// decoded on all cores and checked against the shell as it is read (see `ChildBatchStream`).
    public static func children(in directory: String, shell: County, batchSize: Int,
                                threads: Int = ProcessInfo.processInfo.activeProcessorCount) throws -> ChildBatchStream {
        try ChildBatchStream(file: path(directory, "children.jsonl"), shell: shell, batchSize: batchSize, threads: threads)
    }

    static func readLines<T: Decodable>(_ file: String, _ decoder: JSONDecoder) throws -> [T] {
        guard let data = FileManager.default.contents(atPath: file) else {
            throw JSONLinesArchiveError(file: file, line: nil, message: "missing or unreadable file")
        }
        var out: [T] = []
        var lineNumber = 0
        var start = data.startIndex
        while start < data.endIndex {
            lineNumber += 1
            let end = data[start...].firstIndex(of: 0x0A) ?? data.endIndex
            let line = data[start..<end]
            start = end < data.endIndex ? data.index(after: end) : end
            guard !line.isEmpty else {
                throw JSONLinesArchiveError(file: file, line: lineNumber, message: "empty line; every line must hold one record")
            }
            do {
                out.append(try decoder.decode(T.self, from: line))
            } catch let error as DecodingError {
                throw JSONLinesArchiveError(file: file, line: lineNumber, message: describe(error))
            }
        }
        return out
    }

    static func describe(_ error: DecodingError) -> String {
        func field(_ path: [any CodingKey]) -> String {
            var s = ""
            for key in path {
                if let i = key.intValue { s += "[\(i)]" } else { s += s.isEmpty ? key.stringValue : "." + key.stringValue }
            }
            return s.isEmpty ? "(record)" : s
        }
        switch error {
        case .keyNotFound(let key, let context):
            return "field \(field(context.codingPath + [key])): missing"
        case .typeMismatch(let type, let context):
            return "field \(field(context.codingPath)): expected \(type). \(context.debugDescription)"
        case .valueNotFound(let type, let context):
            return "field \(field(context.codingPath)): expected \(type), found null"
        case .dataCorrupted(let context):
            let detail = (context.underlyingError as NSError?)?.userInfo[NSDebugDescriptionErrorKey] as? String
            return "field \(field(context.codingPath)): \(context.debugDescription)\(detail.map { " (\($0))" } ?? "")"
        @unknown default:
            return "\(error)"
        }
    }
}

/// Encoded blocks written by concurrent workers, one slot each.
final class EncodedParts: @unchecked Sendable {
    private var slots: [Result<Data, any Error>]
    private let lock = NSLock()
    init(count: Int) { slots = Array(repeating: .success(Data()), count: count) }
    func set(_ i: Int, _ value: Result<Data, any Error>) { lock.lock(); slots[i] = value; lock.unlock() }
    func take() -> [Result<Data, any Error>] { lock.lock(); defer { lock.unlock() }; return slots }
}

/// A problem reading or writing an archive, naming the file and (when known) the line.
public struct JSONLinesArchiveError: Error, CustomStringConvertible, Equatable {
    public var file: String
    public var line: Int?
    public var message: String
    public init(file: String, line: Int?, message: String) { self.file = file; self.line = line; self.message = message }
    public var description: String { "\(file)\(line.map { " line \($0)" } ?? ""): \(message)" }
}
