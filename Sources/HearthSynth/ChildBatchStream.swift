import Dispatch
import Foundation
import Hearth

/// An archive's `children.jsonl` read as batches of children, so a national-size county (3.4
/// million children, 5.7 GB as records) never has to be in memory at once. The file is read in
/// blocks of a few megabytes; each block's complete lines are decoded on all cores and kept in file
/// order.
///
/// Every child is checked as it is read, as `JSONLinesArchive.read` checks the whole county: its
/// own invariants, allocations to teams and workers the shell has, and an id not seen on any earlier
/// line (the ids seen are kept: tens of megabytes at national scale). The first bad line stops the
/// stream with an error naming the file, the line and the field.
public final class ChildBatchStream {
    public let file: String
    public let batchSize: Int
    /// Lines read so far (children delivered, the line number of the last one).
    public private(set) var linesRead = 0
    /// Bytes of the file read so far.
    public private(set) var bytesRead = 0

    private let handle: FileHandle
    private let threads: Int
    private let teamIDs: Set<TeamID>
    private let workerIDs: Set<WorkerID>
    private var seen = Set<ChildID>()
    /// Unconsumed bytes: the tail of the last block read, beginning at `position`.
    private var buffer = Data()
    private var position = 0
    private var atEnd = false
    private static let blockSize = 8 << 20

    init(file: String, shell: County, batchSize: Int, threads: Int) throws {
        guard batchSize > 0 else { throw JSONLinesArchiveError(file: file, line: nil, message: "batch size must be positive, got \(batchSize)") }
        guard let handle = FileHandle(forReadingAtPath: file) else {
            throw JSONLinesArchiveError(file: file, line: nil, message: "missing or unreadable file")
        }
        self.file = file; self.handle = handle; self.batchSize = batchSize; self.threads = max(1, threads)
        teamIDs = Set(shell.teams.map(\.id)); workerIDs = Set(shell.workers.map(\.id))
    }

    deinit { try? handle.close() }

    /// The next batch (up to `batchSize` children, fewer only at the end of the file), or nil when
    /// every line has been read.
    public func next() throws -> [ChildRecord]? {
        var batch: [ChildRecord] = []
        while batch.count < batchSize {
            let lines = completeLines(limit: batchSize - batch.count)
            if lines.isEmpty {
                if atEnd { break }
                try fill()
                continue
            }
            batch.append(contentsOf: try decode(lines))
        }
        return batch.isEmpty ? nil : batch
    }

    /// Reads the next block, keeping the unconsumed tail in front of it.
    private func fill() throws {
        let block: Data?
        do { block = try handle.read(upToCount: Self.blockSize) } catch {
            throw JSONLinesArchiveError(file: file, line: linesRead + 1, message: "cannot read: \(error)")
        }
        guard let block, !block.isEmpty else {
            atEnd = true
            return
        }
        bytesRead += block.count
        buffer = position < buffer.count ? buffer.subdata(in: position..<buffer.count) + block : block
        position = 0
    }

    /// Byte ranges of up to `limit` whole lines at the front of the buffer (the last, unterminated
    /// line too once the file is exhausted), consumed from it.
    private func completeLines(limit: Int) -> [Range<Int>] {
        var out: [Range<Int>] = []
        buffer.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            guard let base = raw.baseAddress else { return }
            var start = position
            while out.count < limit && start < raw.count {
                guard let hit = memchr(base + start, 0x0A, raw.count - start) else {
                    if atEnd { out.append(start..<raw.count); start = raw.count }
                    break
                }
                let end = base.distance(to: UnsafeRawPointer(hit))
                out.append(start..<end)
                start = end + 1
            }
            position = start
        }
        return out
    }

    /// Decodes and checks lines on all cores; the first bad line (in file order) is the error.
    private func decode(_ lines: [Range<Int>]) throws -> [ChildRecord] {
        let first = linesRead + 1
        let parts = min(threads, lines.count)
        let results = DecodedParts(count: parts)
        let data = buffer, origin = buffer.startIndex, teams = teamIDs, workers = workerIDs, file = file
        DispatchQueue.concurrentPerform(iterations: parts) { p in
            let lo = lines.count * p / parts, hi = lines.count * (p + 1) / parts
            let decoder = JSONDecoder()
            var children: [ChildRecord] = []
            children.reserveCapacity(hi - lo)
            for k in lo..<hi {
                let range = lines[k]
                func fail(_ message: String) { results.set(p, .failure(JSONLinesArchiveError(file: file, line: first + k, message: message))) }
                guard !range.isEmpty else { return fail("empty line; every line must hold one record") }
                let child: ChildRecord
                do { child = try decoder.decode(ChildRecord.self, from: data[origin + range.lowerBound ..< origin + range.upperBound]) } catch let e as DecodingError {
                    return fail(JSONLinesArchive.describe(e))
                } catch { return fail("\(error)") }
                if let v = Self.violation(child, teams: teams, workers: workers) { return fail("breaks the case model: \(v)") }
                children.append(child)
            }
            results.set(p, .success(children))
        }
        var out: [ChildRecord] = []
        out.reserveCapacity(lines.count)
        for part in results.take() { out.append(contentsOf: try part.get()) }
        for (k, c) in out.enumerated() where !seen.insert(c.id).inserted {
            throw JSONLinesArchiveError(file: file, line: first + k, message: "breaks the case model: " +
                "\(ModelViolation(child: c.id, path: "", field: "id", value: c.id.rawValue, message: "duplicate child id"))")
        }
        linesRead += lines.count
        return out
    }

    /// The first invariant the child breaks on its own or against the shell's teams and workers.
    static func violation(_ c: ChildRecord, teams: Set<TeamID>, workers: Set<WorkerID>) -> ModelViolation? {
        if let v = c.violations().first { return v }
        for (i, a) in c.allocations.enumerated() {
            if !teams.contains(a.team) {
                return ModelViolation(child: c.id, path: "allocations[\(i)]", field: "team", value: a.team.rawValue, message: "no such team")
            }
            if let w = a.worker, !workers.contains(w) {
                return ModelViolation(child: c.id, path: "allocations[\(i)]", field: "worker", value: w.rawValue, message: "no such worker")
            }
        }
        return nil
    }
}

/// Decoded parts from concurrent workers, one slot each.
private final class DecodedParts: @unchecked Sendable {
    private var slots: [Result<[ChildRecord], JSONLinesArchiveError>]
    private let lock = NSLock()
    init(count: Int) { slots = Array(repeating: .success([]), count: count) }
    func set(_ i: Int, _ value: Result<[ChildRecord], JSONLinesArchiveError>) { lock.lock(); slots[i] = value; lock.unlock() }
    func take() -> [Result<[ChildRecord], JSONLinesArchiveError>] { lock.lock(); defer { lock.unlock() }; return slots }
}
