import Foundation
import Hearth
import HearthSynth
import Testing

@Suite struct ArchiveTests {
    @Test func roundTripGivesTheSameCounty() throws {
        let county = SynthFixtures.small
        let dir = SynthFixtures.temporaryDirectory("roundtrip")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try JSONLinesArchive.write(county, to: dir)
        let back = try JSONLinesArchive.read(from: dir)
        #expect(back == county)
        #expect(back.children.count == county.children.count)
    }

    /// Writes the small county, lets `damage` edit one file's lines, and returns the read error.
    private func readError(_ name: String, file: String, damage: (inout [String]) -> Void) throws -> JSONLinesArchiveError? {
        let dir = SynthFixtures.temporaryDirectory(name)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try JSONLinesArchive.write(SynthFixtures.small, to: dir)
        let path = dir + "/" + file
        var lines = String(decoding: FileManager.default.contents(atPath: path)!, as: UTF8.self)
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        damage(&lines)
        try lines.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
        do {
            _ = try JSONLinesArchive.read(from: dir)
            return nil
        } catch let e as JSONLinesArchiveError {
            return e
        }
    }

    @Test func badDateNamesFileLineAndField() throws {
        let error = try readError("bad-date", file: "children.jsonl") { lines in
            lines[2] = lines[2].replacingOccurrences(of: "\"dateOfBirth\":\"", with: "\"dateOfBirth\":\"31/02/")
        }
        let e = try #require(error)
        #expect(e.file.hasSuffix("children.jsonl"))
        #expect(e.line == 3)
        #expect(e.message.contains("dateOfBirth"))
        #expect(e.description.contains("children.jsonl line 3"))
    }

    @Test func missingFieldIsNamed() throws {
        let error = try readError("missing-field", file: "teams.jsonl") { lines in
            lines[1] = lines[1].replacingOccurrences(of: "\"kind\":", with: "\"sort\":")
        }
        let e = try #require(error)
        #expect(e.line == 2)
        #expect(e.message.contains("kind") && e.message.contains("missing"))
    }

    @Test func brokenJSONAndEmptyLinesAreRefused() throws {
        let broken = try #require(try readError("broken", file: "workers.jsonl") { $0[4] = String($0[4].dropLast(3)) })
        #expect(broken.line == 5)
        let empty = try #require(try readError("empty", file: "areas.jsonl") { $0.insert("", at: 1) })
        #expect(empty.line == 2)
        #expect(empty.message.contains("empty line"))
    }

    @Test func recordsThatBreakTheModelAreRefused() throws {
        let county = SynthFixtures.small
        let index = try #require(county.children.firstIndex { !$0.periodsOfCare.isEmpty })
        let error = try readError("invariant", file: "children.jsonl") { lines in
            // Move the first placement's start a year before the period of care began.
            let period = county.children[index].periodsOfCare[0]
            let start = period.placements[0].span.start
            let earlier = start.adding(days: -365)
            // Keys are sorted, so a placement's span is followed by its type.
            let pattern = "\"start\":\"\(start.iso)\"},\"type\""
            lines[index] = lines[index].replacingOccurrences(of: pattern, with: "\"start\":\"\(earlier.iso)\"},\"type\"")
        }
        let e = try #require(error)
        #expect(e.file.hasSuffix("children.jsonl"))
        #expect(e.line == index + 1)
        #expect(e.message.contains("breaks the case model"))
    }

    @Test func missingFileAndWrongVersionAreRefused() throws {
        let dir = SynthFixtures.temporaryDirectory("missing")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try JSONLinesArchive.write(SynthFixtures.small, to: dir)
        try FileManager.default.removeItem(atPath: dir + "/posts.jsonl")
        #expect(throws: JSONLinesArchiveError.self) { try JSONLinesArchive.read(from: dir) }
        let version = try #require(try readError("version", file: "county.json") { lines in
            lines[0] = lines[0].replacingOccurrences(of: "\"version\":1", with: "\"version\":99")
        })
        #expect(version.message.contains("version"))
    }
}
