import Foundation
import Hearth
import HearthSynth
import Testing

/// Reading an archive as a shell plus batches of children gives the same county as reading it whole.
@Suite struct ChildBatchStreamTests {
    static func archive(_ name: String) throws -> String {
        let dir = SynthFixtures.temporaryDirectory(name)
        try JSONLinesArchive.write(SynthFixtures.small, to: dir)
        return dir
    }

    @Test func shellAndBatchesAreTheWholeCounty() throws {
        let dir = try Self.archive("stream")
        let county = SynthFixtures.small
        let shell = try JSONLinesArchive.readShell(from: dir)
        #expect(shell.children.isEmpty)
        var expectedShell = county
        expectedShell.children = []
        #expect(shell == expectedShell)
        for size in [1_000, 7, county.children.count, county.children.count + 1] {
            let stream = try JSONLinesArchive.children(in: dir, shell: shell, batchSize: size, threads: 3)
            var batches: [[ChildRecord]] = []
            while let b = try stream.next() { batches.append(b) }
            #expect(batches.flatMap { $0 } == county.children, "batch size \(size)")
            #expect(batches.dropLast().allSatisfy { $0.count == size })
            #expect(batches.count == (county.children.count + size - 1) / size)
            #expect(stream.linesRead == county.children.count)
            #expect(try stream.next() == nil)
        }
    }

    @Test func lastLineWithoutNewlineIsRead() throws {
        let dir = try Self.archive("no-newline")
        let path = dir + "/children.jsonl"
        var data = try #require(FileManager.default.contents(atPath: path))
        #expect(data.last == 0x0A)
        data.removeLast()
        try data.write(to: URL(fileURLWithPath: path))
        let stream = try JSONLinesArchive.children(in: dir, shell: try JSONLinesArchive.readShell(from: dir), batchSize: 100)
        var n = 0
        while let b = try stream.next() { n += b.count }
        #expect(n == SynthFixtures.small.children.count)
    }

    /// Damages one line of children.jsonl and returns the stream's error.
    private func streamError(_ name: String, damage: (inout [String]) -> Void) throws -> JSONLinesArchiveError? {
        let dir = try Self.archive(name)
        let path = dir + "/children.jsonl"
        var lines = String(decoding: FileManager.default.contents(atPath: path)!, as: UTF8.self)
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        damage(&lines)
        try lines.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
        let stream = try JSONLinesArchive.children(in: dir, shell: try JSONLinesArchive.readShell(from: dir), batchSize: 50)
        do {
            while try stream.next() != nil {}
            return nil
        } catch let e as JSONLinesArchiveError {
            return e
        }
    }

    @Test func badLinesNameFileLineAndField() throws {
        let date = try #require(try streamError("stream-date") {
            $0[120] = $0[120].replacingOccurrences(of: "\"dateOfBirth\":\"", with: "\"dateOfBirth\":\"31/02/")
        })
        #expect(date.file.hasSuffix("children.jsonl") && date.line == 121 && date.message.contains("dateOfBirth"))
        let empty = try #require(try streamError("stream-empty") { $0.insert("", at: 60) })
        #expect(empty.line == 61 && empty.message.contains("empty line"))
        let duplicate = try #require(try streamError("stream-duplicate") { $0[90] = $0[3] })
        #expect(duplicate.line == 91 && duplicate.message.contains("duplicate child id"))
        let team = try #require(try streamError("stream-team") { lines in
            let k = lines.firstIndex { $0.contains("\"team\":\"") }!
            lines[k] = lines[k].replacingOccurrences(of: "\"team\":\"", with: "\"team\":\"NOPE-")
        })
        #expect(team.message.contains("no such team") && team.message.contains("NOPE-"))
    }
}
